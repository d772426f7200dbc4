import { expect } from '@open-wc/testing';
import { FakeAuthService, FAKE_PASSWORD } from '../../test/support/fake-auth-service.js';
import { withOverrides } from './services.js';
import type { SignInResult } from './types.js';

describe('withOverrides', () => {
  it('passes calls without an override straight to the service', async () => {
    const fake = new FakeAuthService();
    const service = withOverrides(fake);
    const result = await service.signIn({ username: 'al', password: FAKE_PASSWORD });
    expect(result.kind).to.equal('signedIn');
    expect(fake.callsTo('signIn')).to.have.length(1);
  });

  it('replaces a call', async () => {
    const fake = new FakeAuthService();
    const replaced: SignInResult = { kind: 'signedIn', user: { username: 'other', attributes: {} } };
    const service = withOverrides(fake, { signIn: async () => replaced });
    expect(await service.signIn({ username: 'al', password: 'x' })).to.equal(replaced);
    expect(fake.callsTo('signIn')).to.have.length(0);
  });

  it('wraps a call: next runs the base implementation with the given input', async () => {
    const fake = new FakeAuthService();
    const service = withOverrides(fake, {
      signUp: (input, next) => next({ ...input, username: input.username.toLowerCase() }),
    });
    await service.signUp({ username: 'AL', password: 'p', attributes: {}, autoSignIn: true });
    expect(fake.callsTo('signUp')[0]!.input).to.include({ username: 'al' });
  });

  it('keeps listen bound to the service', () => {
    const fake = new FakeAuthService();
    const off = withOverrides(fake, {}).listen(() => undefined);
    expect(fake.listenerCount).to.equal(1);
    off();
    expect(fake.listenerCount).to.equal(0);
  });
});
