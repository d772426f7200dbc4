// Drives AmplifyAuthService through the REAL Amplify v5 Auth against the loopback Cognito
// responder (test/support/cognito-responder.mjs) that the test runner serves.
import { expect } from '@open-wc/testing';
import { Auth } from '@aws-amplify/auth';
import { Hub } from '@aws-amplify/core';
import { AmplifyAuthService, createAmplifyAuthService } from '../../src/amplify/index.js';
import type { AuthError, ExternalEvent, SignInResult } from '../../src/core/types.js';

const ENDPOINT = new URL('/__cognito/', location.origin).href;
const CODE = '123456';
const PASSWORD = 'Passw0rd!';

interface Recorded {
  target: string;
  body: Record<string, unknown>;
}

function configure(endpoint = ENDPOINT): void {
  Auth.configure({
    region: 'us-east-1',
    userPoolId: 'us-east-1_test',
    userPoolWebClientId: 'testclient',
    authenticationFlowType: 'USER_PASSWORD_AUTH',
    endpoint,
  });
}

async function admin(route: string, body: unknown = {}): Promise<void> {
  const response = await fetch(`${ENDPOINT}admin/${route}`, { method: 'POST', body: JSON.stringify(body) });
  expect(response.ok, `admin/${route}`).to.equal(true);
}

async function addUser(user: {
  username: string;
  password?: string;
  attributes?: Record<string, string>;
  challenge?: string;
  confirmed?: boolean;
}): Promise<void> {
  await admin('users', { password: PASSWORD, ...user });
}

async function requests(target?: string): Promise<Recorded[]> {
  const all = (await (await fetch(`${ENDPOINT}admin/requests`)).json()) as Recorded[];
  return target ? all.filter((r) => r.target === target) : all;
}

async function rejection(promise: Promise<unknown>): Promise<AuthError> {
  try {
    await promise;
  } catch (error) {
    return error as AuthError;
  }
  throw new Error('expected a rejection');
}

function challengeOf(result: SignInResult) {
  if (result.kind !== 'challenge') throw new Error(`expected a challenge, got ${result.kind}`);
  return result;
}

function nextEvent(service: AmplifyAuthService, type: ExternalEvent['type']): Promise<ExternalEvent> {
  return new Promise((resolve) => {
    const stop = service.listen((event) => {
      if (event.type !== type) return;
      stop();
      resolve(event);
    });
  });
}

describe('AmplifyAuthService with the real Amplify v5 Auth', () => {
  let service: AmplifyAuthService;

  beforeEach(async () => {
    localStorage.clear();
    await admin('reset');
    configure();
    service = new AmplifyAuthService();
  });

  afterEach(async () => {
    await Auth.signOut().catch(() => undefined);
  });

  describe('sign in', () => {
    it('signs in with USER_PASSWORD_AUTH and reports the user without tokens', async () => {
      await addUser({ username: 'alice', attributes: { email: 'alice@example.com', email_verified: 'true' } });
      const result = await service.signIn({ username: 'alice', password: PASSWORD });

      expect(result.kind).to.equal('signedIn');
      expect(result.user).to.deep.equal({
        username: 'alice',
        attributes: {
          sub: result.user.attributes.sub,
          email: 'alice@example.com',
          email_verified: 'true',
        },
      });
      expect(JSON.stringify(result.user)).not.to.match(/eyJ|refresh-/);
      const [initiate] = await requests('InitiateAuth');
      expect(initiate.body.AuthFlow).to.equal('USER_PASSWORD_AUTH');
      expect(initiate.body.AuthParameters).to.deep.equal({ USERNAME: 'alice', PASSWORD: '***' });
    });

    it('restores the session as currentUser, and null once signed out', async () => {
      expect(await service.currentUser()).to.equal(null);
      await addUser({ username: 'alice', attributes: { email: 'alice@example.com' } });
      await service.signIn({ username: 'alice', password: PASSWORD });

      const user = await service.currentUser();
      expect(user?.username).to.equal('alice');
      expect(user?.attributes.email).to.equal('alice@example.com');

      await service.signOut();
      expect(await service.currentUser()).to.equal(null);
    });

    it("maps a wrong password to NotAuthorized with Cognito's message", async () => {
      await addUser({ username: 'alice' });
      const error = await rejection(service.signIn({ username: 'alice', password: 'wrong-one' }));
      expect(error).to.deep.equal({ code: 'NotAuthorized', message: 'Incorrect username or password.' });
    });

    it('maps an unknown user, an unconfirmed one and an empty password', async () => {
      await addUser({ username: 'newbie', confirmed: false });
      expect(await rejection(service.signIn({ username: 'nobody', password: PASSWORD }))).to.deep.equal({
        code: 'UserNotFound',
        message: 'User does not exist.',
      });
      expect((await rejection(service.signIn({ username: 'newbie', password: PASSWORD }))).code).to.equal(
        'UserNotConfirmed',
      );
      expect(await rejection(service.signIn({ username: 'newbie', password: '' }))).to.deep.equal({
        code: 'Validation',
        message: 'Password cannot be empty',
      });
    });

    it('answers an SMS_MFA challenge with confirmSignIn', async () => {
      await addUser({
        username: 'sam',
        challenge: 'SMS_MFA',
        attributes: { phone_number: '+15555550100', email: 'sam@example.com' },
      });
      const challenge = challengeOf(await service.signIn({ username: 'sam', password: PASSWORD }));
      expect(challenge.challenge).to.equal('SMS_MFA');
      expect(challenge.user.username).to.equal('sam');
      expect(challenge.codeDelivery).to.deep.equal({
        attributeName: 'phone_number',
        deliveryMedium: 'SMS',
        destination: '+*******0100',
      });

      const wrong = { handle: challenge.handle, code: '000000', mfaType: 'SMS_MFA' as const };
      expect((await rejection(service.confirmSignIn(wrong))).code).to.equal('CodeMismatch');

      const result = await service.confirmSignIn({ ...wrong, code: CODE });
      expect(result.kind).to.equal('signedIn');
      expect(result.user.username).to.equal('sam');
      expect(result.user.attributes.email).to.equal('sam@example.com');
      expect((await service.currentUser())?.username).to.equal('sam');
    });

    it('offers SELECT_MFA_TYPE and routes the chosen method', async () => {
      await addUser({ username: 'sel', challenge: 'SELECT_MFA_TYPE', attributes: { phone_number: '+15555550111' } });
      const select = challengeOf(await service.signIn({ username: 'sel', password: PASSWORD }));
      expect(select.challenge).to.equal('SELECT_MFA_TYPE');
      expect(select.mfaTypes).to.deep.equal(['SMS', 'TOTP']);

      const totp = challengeOf(await service.selectMfaType({ handle: select.handle, mfaType: 'TOTP' }));
      expect(totp.challenge).to.equal('SOFTWARE_TOKEN_MFA');
      const [answer] = await requests('RespondToAuthChallenge');
      expect(answer.body.ChallengeResponses).to.deep.equal({ USERNAME: 'sel', ANSWER: 'SOFTWARE_TOKEN_MFA' });

      const result = await service.confirmSignIn({ handle: totp.handle, code: CODE, mfaType: 'SOFTWARE_TOKEN_MFA' });
      expect(result.kind).to.equal('signedIn');
    });

    it('completes NEW_PASSWORD_REQUIRED with the required attributes', async () => {
      await addUser({ username: 'nina', challenge: 'NEW_PASSWORD_REQUIRED', attributes: { email: 'nina@example.com' } });
      const challenge = challengeOf(await service.signIn({ username: 'nina', password: PASSWORD }));
      expect(challenge.challenge).to.equal('NEW_PASSWORD_REQUIRED');
      expect(challenge.requiredAttributes).to.deep.equal(['name']);
      expect(challenge.user.attributes.email).to.equal('nina@example.com');

      const result = await service.completeNewPassword({
        handle: challenge.handle,
        password: 'N3w-Passw0rd!',
        attributes: { name: 'Nina' },
      });
      expect(result.kind).to.equal('signedIn');
      expect(result.user.attributes.name).to.equal('Nina');

      await service.signOut();
      const again = await service.signIn({ username: 'nina', password: 'N3w-Passw0rd!' });
      expect(again.kind).to.equal('signedIn');
    });

    it('sets up TOTP on MFA_SETUP, verifies it and makes it preferred', async () => {
      await addUser({ username: 'tom', challenge: 'MFA_SETUP' });
      const setup = challengeOf(await service.signIn({ username: 'tom', password: PASSWORD }));
      expect(setup.challenge).to.equal('MFA_SETUP');

      expect(await service.setupTotp({ handle: setup.handle })).to.equal('JBSWY3DPEHPK3PXP');
      const wrong = await rejection(service.verifyTotp({ handle: setup.handle, code: '000000' }));
      expect(wrong.code).to.equal('EnableSoftwareTokenMFA');

      const result = await service.verifyTotp({ handle: setup.handle, code: CODE });
      expect(result.kind).to.equal('signedIn');
      expect(result.user.username).to.equal('tom');
      const [preference] = await requests('SetUserMFAPreference');
      expect(preference.body.SoftwareTokenMfaSettings).to.deep.equal({ PreferredMfa: true, Enabled: true });
    });
  });

  describe('sign up', () => {
    it('signs up, confirms with the code, and auto-signs in through Hub', async () => {
      const signUp = await service.signUp({
        username: 'una',
        password: PASSWORD,
        attributes: { email: 'una@example.com' },
        autoSignIn: true,
      });
      expect(signUp.userConfirmed).to.equal(false);
      expect(signUp.userSub).to.be.a('string');
      expect(signUp.codeDelivery).to.deep.equal({
        attributeName: 'email',
        deliveryMedium: 'EMAIL',
        destination: 'u***@e***',
      });
      const [request] = await requests('SignUp');
      expect(request.body.UserAttributes).to.deep.equal([{ Name: 'email', Value: 'una@example.com' }]);

      expect((await rejection(service.confirmSignUp({ username: 'una', code: '000000' }))).code).to.equal(
        'CodeMismatch',
      );
      const autoSignIn = nextEvent(service, 'autoSignIn');
      await service.confirmSignUp({ username: 'una', code: CODE });

      const event = await autoSignIn;
      expect(event.type === 'autoSignIn' && event.result.kind).to.equal('signedIn');
      expect(event.type === 'autoSignIn' && event.result.user.username).to.equal('una');
    });

    it('resends the code, and reports an already confirmed user as InvalidParameter', async () => {
      await service.signUp({ username: 'rex', password: PASSWORD, attributes: { email: 'rex@example.com' }, autoSignIn: false });
      expect(await service.resendSignUpCode({ username: 'rex' })).to.deep.equal({
        attributeName: 'email',
        deliveryMedium: 'EMAIL',
        destination: 'r***@e***',
      });
      await service.confirmSignUp({ username: 'rex', code: CODE });
      expect(await rejection(service.resendSignUpCode({ username: 'rex' }))).to.deep.equal({
        code: 'InvalidParameter',
        message: 'User is already confirmed.',
      });
    });

    it('maps an existing username to UsernameExists', async () => {
      await addUser({ username: 'alice' });
      const error = await rejection(
        service.signUp({ username: 'alice', password: PASSWORD, attributes: {}, autoSignIn: false }),
      );
      expect(error).to.deep.equal({ code: 'UsernameExists', message: 'User already exists' });
    });
  });

  describe('forgot password', () => {
    it('sends a code and sets the new password with it', async () => {
      await addUser({ username: 'fay', attributes: { email: 'fay@example.com' } });
      expect(await service.forgotPassword({ username: 'fay' })).to.deep.equal({
        attributeName: 'email',
        deliveryMedium: 'EMAIL',
        destination: 'f***@e***',
      });
      const wrong = { username: 'fay', code: '000000', password: 'N3w-Passw0rd!' };
      expect((await rejection(service.confirmForgotPassword(wrong))).code).to.equal('CodeMismatch');
      await service.confirmForgotPassword({ ...wrong, code: CODE });
      expect((await service.signIn({ username: 'fay', password: 'N3w-Passw0rd!' })).kind).to.equal('signedIn');
    });

    it('maps an unknown user to UserNotFound', async () => {
      expect((await rejection(service.forgotPassword({ username: 'ghost' }))).code).to.equal('UserNotFound');
    });
  });

  describe('contact verification', () => {
    it('reports unverified contacts, sends a code and verifies', async () => {
      await addUser({ username: 'vic', attributes: { email: 'vic@example.com', email_verified: 'false' } });
      const signedIn = await service.signIn({ username: 'vic', password: PASSWORD });
      expect(await service.verifiedContact({ handle: signedIn.handle })).to.deep.equal({
        verified: {},
        unverified: { email: 'vic@example.com' },
      });

      expect(await service.verifyAttribute({ attribute: 'email' })).to.equal(undefined);
      const [sent] = await requests('GetUserAttributeVerificationCode');
      expect(sent.body.AttributeName).to.equal('email');

      await service.confirmVerifyAttribute({ attribute: 'email', code: CODE });
      expect(await service.verifiedContact({})).to.deep.equal({
        verified: { email: 'vic@example.com' },
        unverified: {},
      });
    });
  });

  describe('clientMetadata', () => {
    it('reaches the request body of every call that takes it', async () => {
      const clientMetadata = { app: 'auth-elements' };
      const withMetadata = createAmplifyAuthService({ clientMetadata });
      await addUser({ username: 'meta', challenge: 'SMS_MFA', attributes: { phone_number: '+15555550199' } });

      const challenge = challengeOf(await withMetadata.signIn({ username: 'meta', password: PASSWORD }));
      await withMetadata.confirmSignIn({ handle: challenge.handle, code: CODE, mfaType: 'SMS_MFA' });
      await withMetadata.signUp({ username: 'meta2', password: PASSWORD, attributes: { email: 'm@example.com' }, autoSignIn: false });
      await withMetadata.resendSignUpCode({ username: 'meta2' });
      await withMetadata.confirmSignUp({ username: 'meta2', code: CODE });
      await withMetadata.forgotPassword({ username: 'meta' });
      await withMetadata.confirmForgotPassword({ username: 'meta', code: CODE, password: PASSWORD });

      const targets = [
        'InitiateAuth',
        'RespondToAuthChallenge',
        'SignUp',
        'ResendConfirmationCode',
        'ConfirmSignUp',
        'ForgotPassword',
        'ConfirmForgotPassword',
      ];
      const recorded = await requests();
      for (const target of targets) {
        const request = recorded.find((r) => r.target === target);
        expect(request?.body.ClientMetadata, target).to.deep.equal(clientMetadata);
      }
    });

    it('leaves Amplify its configured clientMetadata when the service has none', async () => {
      const clientMetadata = { from: 'amplify-config' };
      Auth.configure({ clientMetadata });
      try {
        await service.signUp({ username: 'meta3', password: PASSWORD, attributes: { email: 'm3@example.com' }, autoSignIn: true });
        await service.forgotPassword({ username: 'meta3' });
      } finally {
        Auth.configure({ clientMetadata: undefined });
      }
      for (const target of ['SignUp', 'ForgotPassword']) {
        const [request] = await requests(target);
        expect(request?.body.ClientMetadata, target).to.deep.equal(clientMetadata);
      }
    });
  });

  describe('Hub bridge', () => {
    it('reports signIn and signOut, and stops once the remover is called', async () => {
      await addUser({ username: 'hub' });
      const seen: ExternalEvent[] = [];
      const stop = service.listen((event) => seen.push(event));
      const direct: string[] = [];
      const stopDirect = Hub.listen('auth', ({ payload }) => direct.push(payload.event));

      await service.signIn({ username: 'hub', password: PASSWORD });
      expect(seen.map((e) => e.type)).to.deep.equal(['signIn']);
      expect(seen[0].type === 'signIn' && seen[0].user.username).to.equal('hub');

      stop();
      await service.signOut();
      stopDirect();
      expect(direct).to.include('signOut'); // the event did fire...
      expect(seen.map((e) => e.type)).to.deep.equal(['signIn']); // ...but no longer reached us
    });

    it('signs out globally when asked', async () => {
      await addUser({ username: 'glob' });
      await service.signIn({ username: 'glob', password: PASSWORD });
      await service.signOut({ global: true });
      expect(await requests('GlobalSignOut')).to.have.length(1);
      expect(await service.currentUser()).to.equal(null);
    });
  });

  describe('failures outside Cognito', () => {
    it('maps a non-JSON 5xx answer to NetworkError', async () => {
      configure(`${ENDPOINT}broken/`);
      const error = await rejection(service.signIn({ username: 'alice', password: PASSWORD }));
      expect(error.code).to.equal('NetworkError');
      expect(error.message).to.equal('Network error: check your connection and try again');
    });

    it('maps an unreachable endpoint to NetworkError', async () => {
      configure('http://127.0.0.1:9/');
      const error = await rejection(service.forgotPassword({ username: 'alice' }));
      expect(error.code).to.equal('NetworkError');
    });

    it('refuses federated sign-in without an OAuth configuration', async () => {
      const error = await rejection(service.federatedSignIn({ provider: 'google' }));
      expect(error.code).to.equal('NotConfigured');
    });
  });
});
