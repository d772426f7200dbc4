import { expect } from '@open-wc/testing';
import { Auth } from '@aws-amplify/auth';
import type { AuthErrorCode } from '../core/types.js';
import {
  DEFAULT_ERROR_MESSAGE,
  NETWORK_ERROR_MESSAGE,
  NOT_CONFIGURED_MESSAGE,
  toAuthError,
} from './errors.js';

/** An error shaped like amazon-cognito-identity-js's for a Cognito JSON error answer. */
function cognitoError(exception: string, message: string): Error {
  const error = new Error(message) as Error & { code: string };
  error.name = exception;
  error.code = exception;
  return error;
}

const COGNITO: Array<[string, AuthErrorCode, string]> = [
  ['NotAuthorizedException', 'NotAuthorized', 'Incorrect username or password.'],
  ['UserNotFoundException', 'UserNotFound', 'User does not exist.'],
  ['UsernameExistsException', 'UsernameExists', 'User already exists'],
  ['CodeMismatchException', 'CodeMismatch', 'Invalid verification code provided, please try again.'],
  ['ExpiredCodeException', 'ExpiredCode', 'Invalid code provided, please request a code again.'],
  ['LimitExceededException', 'LimitExceeded', 'Attempt limit exceeded, please try after some time.'],
  ['TooManyRequestsException', 'TooManyRequests', 'Rate exceeded'],
  ['TooManyFailedAttemptsException', 'TooManyFailedAttempts', 'Too many failed attempts.'],
  ['InvalidPasswordException', 'InvalidPassword', 'Password did not conform with policy'],
  ['InvalidParameterException', 'InvalidParameter', 'User is already confirmed.'],
  ['UserNotConfirmedException', 'UserNotConfirmed', 'User is not confirmed.'],
  ['PasswordResetRequiredException', 'PasswordResetRequired', 'Password reset required for the user'],
  ['AliasExistsException', 'AliasExists', 'An account with the given email already exists.'],
  ['CodeDeliveryFailureException', 'CodeDeliveryFailure', 'Unable to deliver the code.'],
  ['EnableSoftwareTokenMFAException', 'EnableSoftwareTokenMFA', 'Code mismatch and fail enable Software Token MFA'],
  ['SoftwareTokenMFANotFoundException', 'SoftwareTokenMFANotFound', 'Software Token MFA not found.'],
  ['MFAMethodNotFoundException', 'MFAMethodNotFound', 'No MFA method found.'],
  ['UserLambdaValidationException', 'UserLambdaValidation', 'PreSignUp failed with error Nope.'],
];

describe('toAuthError', () => {
  describe('Cognito exceptions', () => {
    for (const [exception, code, message] of COGNITO) {
      it(`maps ${exception} (code and name) and keeps its message`, () => {
        expect(toAuthError(cognitoError(exception, message))).to.deep.equal({ code, message });
      });

      it(`maps ${code} without the Exception suffix, from name alone`, () => {
        expect(toAuthError({ name: code, message })).to.deep.equal({ code, message });
      });
    }

    it('prefers code over a generic name', () => {
      expect(toAuthError({ name: 'Error', code: 'ExpiredCodeException', message: 'x' })).to.deep.equal({
        code: 'ExpiredCode',
        message: 'x',
      });
    });

    it('drops a quoted value from an AWS validation message', () => {
      const error = cognitoError(
        'InvalidParameterException',
        "1 validation error detected: Value 'me@example.com' at 'username' failed to satisfy constraint",
      );
      const mapped = toAuthError(error);
      expect(mapped.code).to.equal('InvalidParameter');
      expect(mapped.message).not.to.contain('me@example.com');
      expect(mapped.message).to.equal(
        "1 validation error detected: Value at 'username' failed to satisfy constraint",
      );
    });

    it('replaces a bare HTTP status message (x-amzn-errortype answer) with the default text', () => {
      const error = Object.assign(new Error('400'), { code: 'NotAuthorizedException', statusCode: 400 });
      expect(toAuthError(error)).to.deep.equal({ code: 'NotAuthorized', message: DEFAULT_ERROR_MESSAGE });
    });
  });

  describe('network failures', () => {
    const network = { code: 'NetworkError', message: NETWORK_ERROR_MESSAGE };

    it("maps amazon-cognito-identity-js's 'Network error' with code NetworkError", () => {
      const error = Object.assign(new Error('Network error'), { code: 'NetworkError' });
      expect(toAuthError(error)).to.deep.equal(network);
    });

    it("maps Amplify's 'Network Error' and the bare 'NetworkError'", () => {
      expect(toAuthError(new Error('Network Error'))).to.deep.equal(network);
      expect(toAuthError('NetworkError')).to.deep.equal(network);
    });

    it("maps fetch's own TypeErrors", () => {
      expect(toAuthError(new TypeError('Failed to fetch'))).to.deep.equal(network);
      expect(toAuthError(new TypeError('Load failed'))).to.deep.equal(network);
      expect(
        toAuthError(new TypeError('NetworkError when attempting to fetch resource.')),
      ).to.deep.equal(network);
    });

    it('maps a 5xx answer and InternalErrorException', () => {
      const fromHeader = Object.assign(new Error('502'), { code: 'BadGateway', statusCode: 502 });
      expect(toAuthError(fromHeader)).to.deep.equal(network);
      expect(toAuthError(cognitoError('InternalErrorException', 'Internal error'))).to.deep.equal(network);
    });

    it("maps the client's TypeError on a non-JSON error answer", async () => {
      // Reproduce the client's own failure rather than hard-coding one browser's wording.
      let thrown: unknown;
      try {
        const data: { __type?: string; code?: string } = {};
        (data.__type || data.code)!.split('#');
      } catch (error) {
        thrown = error;
      }
      expect(thrown).to.be.instanceOf(TypeError);
      expect(toAuthError(thrown)).to.deep.equal(network);
    });

    it('never shows a script error from a malformed answer', () => {
      // A 200 answer that is not JSON: the client reads fields of undefined or fails to parse.
      let thrown: unknown;
      try {
        const data = {} as { AuthenticationResult: { NewDeviceMetadata: string } };
        void data.AuthenticationResult.NewDeviceMetadata;
      } catch (error) {
        thrown = error;
      }
      expect(toAuthError(thrown)).to.deep.equal(network);
      expect(toAuthError(new SyntaxError('Unexpected token < in JSON'))).to.deep.equal(network);
    });
  });

  describe('configuration', () => {
    const notConfigured = { code: 'NotConfigured', message: NOT_CONFIGURED_MESSAGE };

    it('maps NoUserPoolError, the string "No userPool" and "Auth is not configured"', () => {
      const error = Object.assign(new Error('Authentication Error'), { name: 'NoUserPoolError' });
      expect(toAuthError(error)).to.deep.equal(notConfigured);
      expect(toAuthError('No userPool')).to.deep.equal(notConfigured);
      expect(toAuthError(new Error('Auth is not configured'))).to.deep.equal(notConfigured);
      expect(toAuthError(new Error('Both UserPoolId and ClientId are required.'))).to.deep.equal(
        notConfigured,
      );
    });

    it('maps what an unconfigured real Amplify Auth rejects with', async () => {
      // Each test file gets its own page, and this one never configures Auth.
      expect((Auth.configure() as { userPoolId?: string }).userPoolId).to.equal(undefined);
      let thrown: unknown;
      await Auth.forgotPassword('someone').catch((error: unknown) => {
        thrown = error;
      });
      expect(toAuthError(thrown)).to.deep.equal(notConfigured);
    });
  });

  describe("Amplify's client-side errors and plain strings", () => {
    it('maps empty-input errors to Validation and keeps the message', () => {
      for (const message of [
        'Username cannot be empty',
        'Password cannot be empty',
        'Confirmation code cannot be empty',
      ]) {
        expect(toAuthError(Object.assign(new Error(message), { name: 'AuthError' }))).to.deep.equal({
          code: 'Validation',
          message,
        });
      }
    });

    it('maps "no session" strings to NotAuthorized', () => {
      expect(toAuthError('The user is not authenticated')).to.deep.equal({
        code: 'NotAuthorized',
        message: 'The user is not authenticated',
      });
      expect(toAuthError(new Error('User is not authenticated')).code).to.equal('NotAuthorized');
    });

    it('keeps any other string or message as Unknown', () => {
      expect(toAuthError('Please use your credentials to sign in')).to.deep.equal({
        code: 'Unknown',
        message: 'Please use your credentials to sign in',
      });
      expect(toAuthError(new Error('Something odd'))).to.deep.equal({
        code: 'Unknown',
        message: 'Something odd',
      });
    });

    it('gives a default message when there is none', () => {
      for (const value of [undefined, null, 42, {}, new Error('')]) {
        expect(toAuthError(value)).to.deep.equal({ code: 'Unknown', message: DEFAULT_ERROR_MESSAGE });
      }
    });

    it('passes an AuthError through unchanged', () => {
      const error = { code: 'UnsupportedChallenge' as const, message: 'm', values: { challenge: 'X' } };
      expect(toAuthError(error)).to.equal(error);
    });
  });
});
