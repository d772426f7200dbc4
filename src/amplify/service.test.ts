import { expect } from '@open-wc/testing';
import { coreMessages } from '../core/messages.js';
import type { ExternalEvent } from '../core/types.js';
import { AmplifyAuthService, toAuthUser, toExternalEvent, toSignInResult } from './service.js';

/** A user as Amplify v5 hands it over mid-challenge (no session yet). */
function challengeUser(challengeName: string, challengeParam: Record<string, unknown> = {}) {
  return {
    challengeName,
    challengeParam,
    getUsername: () => 'sam',
    getSignInUserSession: () => null,
  };
}

describe('toSignInResult', () => {
  it('reads where an SMS code went', () => {
    const result = toSignInResult(
      challengeUser('SMS_MFA', {
        CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS',
        CODE_DELIVERY_DESTINATION: '+*******0100',
      }),
    );
    expect(result).to.include({ kind: 'challenge', challenge: 'SMS_MFA' });
    expect(result.kind === 'challenge' && result.codeDelivery).to.deep.equal({
      attributeName: 'phone_number',
      deliveryMedium: 'SMS',
      destination: '+*******0100',
    });
  });

  it('strips the userAttributes. prefix of required attributes, whichever form they come in', () => {
    const listed = toSignInResult(
      challengeUser('NEW_PASSWORD_REQUIRED', { requiredAttributes: ['userAttributes.name', 'email'] }),
    );
    const encoded = toSignInResult(
      challengeUser('NEW_PASSWORD_REQUIRED', { requiredAttributes: '["userAttributes.family_name"]' }),
    );
    expect(listed.kind === 'challenge' && listed.requiredAttributes).to.deep.equal(['name', 'email']);
    expect(encoded.kind === 'challenge' && encoded.requiredAttributes).to.deep.equal(['family_name']);
  });

  it('maps MFAS_CAN_CHOOSE to SMS and TOTP', () => {
    const result = toSignInResult(
      challengeUser('SELECT_MFA_TYPE', { MFAS_CAN_CHOOSE: '["SOFTWARE_TOKEN_MFA","SMS_MFA","EMAIL_OTP"]' }),
    );
    expect(result.kind === 'challenge' && result.mfaTypes).to.deep.equal(['TOTP', 'SMS']);
  });

  it('treats a user with a valid session as signed in, whatever challengeName is left on it', () => {
    const user = { ...challengeUser('SMS_MFA'), getSignInUserSession: () => ({ isValid: () => true }) };
    expect(toSignInResult(user).kind).to.equal('signedIn');
  });

  it('rejects a challenge the kit does not know', () => {
    let thrown: unknown;
    try {
      toSignInResult(challengeUser('EMAIL_OTP'));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).to.deep.equal({ code: 'UnsupportedChallenge', message: coreMessages.unsupportedChallenge });
  });
});

describe('toAuthUser', () => {
  it('keeps the username and scalar attributes, never tokens or sessions', () => {
    const user = {
      getUsername: () => 'alice',
      attributes: { email: 'a@example.com', email_verified: true, nested: { x: 1 } },
      signInUserSession: { accessToken: { jwtToken: 'eyJsecret' } },
      token: 'eyJfederated',
    };
    expect(toAuthUser(user)).to.deep.equal({
      username: 'alice',
      attributes: { email: 'a@example.com', email_verified: 'true' },
    });
  });

  it('reads a federated user by its username or name', () => {
    expect(toAuthUser({ name: 'Fed', token: 'eyJx' })).to.deep.equal({ username: 'Fed', attributes: {} });
    expect(toAuthUser(null)).to.deep.equal({ username: '', attributes: {} });
  });
});

describe('toExternalEvent', () => {
  const user = { getUsername: () => 'alice', attributes: { email: 'a@example.com' } };

  it('maps each Hub auth event the flow cares about', () => {
    expect(toExternalEvent('tokenRefresh', undefined)).to.deep.equal({ type: 'tokenRefresh' });
    expect(toExternalEvent('tokenRefresh_failure', new Error('x'))).to.deep.equal({
      type: 'tokenRefresh_failure',
    });
    expect(toExternalEvent('signOut', user)).to.deep.equal({ type: 'signOut' });
    expect(toExternalEvent('signIn', user)).to.deep.equal({
      type: 'signIn',
      user: { username: 'alice', attributes: { email: 'a@example.com' } },
    });
    expect(toExternalEvent('cognitoHostedUI', user)).to.deep.equal({
      type: 'cognitoHostedUI',
      user: { username: 'alice', attributes: { email: 'a@example.com' } },
    });
  });

  it('maps autoSignIn to a result that may carry a challenge', () => {
    const event = toExternalEvent('autoSignIn', challengeUser('MFA_SETUP'));
    expect(event?.type === 'autoSignIn' && event.result).to.include({ kind: 'challenge', challenge: 'MFA_SETUP' });
  });

  it('turns an autoSignIn with an unknown challenge into autoSignIn_failure', () => {
    expect(toExternalEvent('autoSignIn', challengeUser('EMAIL_OTP'))?.type).to.equal('autoSignIn_failure');
  });

  it('carries the reason of autoSignIn_failure (message) and cognitoHostedUI_failure (data)', () => {
    expect(
      toExternalEvent('autoSignIn_failure', null, 'Please use your credentials to sign in'),
    ).to.deep.equal({
      type: 'autoSignIn_failure',
      error: { code: 'Unknown', message: 'Please use your credentials to sign in' },
    });
    const denied = Object.assign(new Error('access_denied'), { name: 'Error' });
    expect(toExternalEvent('cognitoHostedUI_failure', denied)).to.deep.equal({
      type: 'cognitoHostedUI_failure',
      error: { code: 'Unknown', message: 'access_denied' },
    });
  });

  it('ignores the other events', () => {
    for (const name of ['configured', 'signIn_failure', 'signUp', 'confirmSignUp', 'verify', 'parsingCallbackUrl']) {
      expect(toExternalEvent(name, undefined)).to.equal(undefined);
    }
  });
});

describe('AmplifyAuthService.listen', () => {
  it('subscribes to the auth channel of the given Hub and returns its remover', () => {
    let callback: ((capsule: { payload: { event: string; data?: unknown } }) => void) | undefined;
    let removed = false;
    const hub = {
      listen(channel: string, cb: typeof callback) {
        expect(channel).to.equal('auth');
        callback = cb;
        return () => {
          removed = true;
        };
      },
    };
    const service = new AmplifyAuthService({ hub: hub as never });
    const seen: ExternalEvent[] = [];
    const stop = service.listen((event) => seen.push(event));
    callback?.({ payload: { event: 'tokenRefresh' } });
    callback?.({ payload: { event: 'configured' } });
    stop();
    expect(seen).to.deep.equal([{ type: 'tokenRefresh' }]);
    expect(removed).to.equal(true);
  });
});
