import { expect } from '@open-wc/testing';
import { Hub } from '@aws-amplify/core';
import { Auth } from '@aws-amplify/auth';

describe('test harness', () => {
  it('serves the pre-bundled Amplify v5 with one shared core', () => {
    expect(typeof Auth.signIn).to.equal('function');
    expect(typeof Hub.listen).to.equal('function');
  });

  it('blocks hosts other than loopback', async () => {
    let failed = false;
    try {
      await fetch('https://cognito-idp.us-east-1.amazonaws.com/', { method: 'POST' });
    } catch {
      failed = true;
    }
    expect(failed).to.equal(true);
  });
});
