import { expect } from '@open-wc/testing';
import { isAuthError, toAuthError } from './errors.js';

describe('isAuthError', () => {
  it('accepts an object with a known code and a string message', () => {
    expect(isAuthError({ code: 'NotAuthorized', message: 'Incorrect username or password.' })).to.equal(true);
    expect(isAuthError({ code: 'Unknown', message: '' })).to.equal(true);
  });

  it('refuses anything else, nullish and primitive values included', () => {
    for (const value of [null, undefined, 0, '', 'NotAuthorized', true, {}, []]) {
      expect(isAuthError(value), String(value)).to.equal(false);
    }
    expect(isAuthError({ code: 'NotAuthorizedException', message: 'x' })).to.equal(false);
    expect(isAuthError({ code: 'NotAuthorized' })).to.equal(false);
    expect(isAuthError({ code: 'NotAuthorized', message: 1 })).to.equal(false);
    expect(isAuthError(new Error('NotAuthorized'))).to.equal(false);
  });
});

describe('toAuthError', () => {
  it('keeps only code, message and values of an AuthError', () => {
    const error = { code: 'CodeMismatch', message: 'Invalid code', stack: 'x', name: 'y' };
    expect(toAuthError(error)).to.deep.equal({ code: 'CodeMismatch', message: 'Invalid code' });
    const values = { count: 3 };
    expect(toAuthError({ ...error, values })).to.deep.equal({ code: 'CodeMismatch', message: 'Invalid code', values });
  });
});
