import { expect } from '@open-wc/testing';
import {
  FakeAuthService,
  FAKE_CODE,
  FAKE_PASSWORD,
  FAKE_TOTP_SECRET,
  authError,
} from '../../test/support/fake-auth-service.js';
import { AuthFlow, defaultFlowOptions } from './flow.js';
import { coreMessages } from './messages.js';
import type { FlowEvent, FlowOptions, SignInResult, Step } from './types.js';

const NEW_PASSWORD = 'N3w-Passw0rd!';

/** Deeply searches a value (objects, arrays, strings) for `needle`. */
function holds(value: unknown, needle: string, seen = new Set<unknown>()): boolean {
  if (typeof value === 'string') return value.includes(needle);
  if (typeof value !== 'object' || value === null || seen.has(value)) return false;
  seen.add(value);
  return Object.values(value).some((inner) => holds(inner, needle, seen));
}

/** The flow's private machine state, for secret checks. */
const stateOf = (flow: AuthFlow): unknown => (flow as unknown as { state: unknown }).state;

function setup(options: Partial<FlowOptions> = {}) {
  const fake = new FakeAuthService();
  const flow = new AuthFlow(fake, options);
  const events: FlowEvent[] = [];
  flow.onEvent((event) => events.push(event));
  return { fake, flow, events };
}

/** Resolves when the flow reaches `step`. */
function reach(flow: AuthFlow, step: Step): Promise<void> {
  if (flow.step === step) return Promise.resolve();
  return new Promise((resolve) => {
    const off = flow.subscribe((view) => {
      if (view.step === step) {
        off();
        resolve();
      }
    });
  });
}

const types = (events: FlowEvent[]) => events.map((e) => e.type);

describe('AuthFlow', () => {
  it('starts with the documented defaults; undefined options keep them', () => {
    const flow = new AuthFlow(new FakeAuthService(), { initialStep: undefined, totpIssuer: 'Mine' });
    expect(flow.options).to.deep.equal({ ...defaultFlowOptions, totpIssuer: 'Mine' });
    expect(flow.step).to.equal('setup');
    expect(flow).to.include({ pending: false, error: undefined, notice: undefined, user: undefined, awaitingLink: false });
    expect(flow.fieldErrors).to.deep.equal({});
  });

  describe('start', () => {
    it('listens to the service once and shows the initial step without a session', async () => {
      const { fake, flow, events } = setup();
      await flow.start();
      await flow.start();
      expect(fake.listenerCount).to.equal(1);
      expect(fake.callsTo('currentUser')).to.have.length(1);
      expect(flow.step).to.equal('signIn');
      expect(events).to.deep.equal([{ type: 'stepChange', step: 'signIn', previousStep: 'setup' }]);
    });

    it('restores a session', async () => {
      const { fake, flow, events } = setup();
      fake.sessionUser = { username: 'al', attributes: { email: 'al@example.com' } };
      await flow.start();
      expect(flow.step).to.equal('authenticated');
      expect(flow.user).to.deep.equal(fake.sessionUser);
      expect(events.at(-1)).to.deep.equal({ type: 'signedIn', username: 'al', attributes: { email: 'al@example.com' } });
    });
  });

  describe('sign in', () => {
    it('is pending while the request runs, then authenticated with one signedIn event', async () => {
      const { fake, flow, events } = setup();
      await flow.start();
      const gate = fake.hold('signIn');
      const views: boolean[] = [];
      flow.subscribe((view) => views.push(view.pending));
      const done = flow.submit('signIn', { username: ' al ', password: FAKE_PASSWORD });
      await gate.started;
      expect(flow.pending).to.equal(true);
      expect(flow.username).to.equal('al');
      gate.release();
      await done;
      expect(flow.step).to.equal('authenticated');
      expect(flow.pending).to.equal(false);
      expect(views[0]).to.equal(true);
      expect(views.at(-1)).to.equal(false);
      // The fake emits Hub signIn during the call, like Amplify: it must not sign in twice.
      expect(events.filter((e) => e.type === 'signedIn')).to.have.length(1);
      expect(types(events)).to.deep.equal(['stepChange', 'stepChange', 'signedIn']);
    });

    it('ignores a double submit while pending (one request only)', async () => {
      const { fake, flow } = setup();
      await flow.start();
      const gate = fake.hold('signIn');
      const first = flow.submit('signIn', { username: 'al', password: FAKE_PASSWORD });
      const second = flow.submit('signIn', { username: 'al', password: FAKE_PASSWORD });
      await gate.started;
      gate.release();
      await Promise.all([first, second]);
      expect(fake.callsTo('signIn')).to.have.length(1);
    });

    it('ignores a submit for another step', async () => {
      const { fake, flow } = setup();
      await flow.start();
      await flow.submit('forgotPassword', { username: 'al' });
      expect(fake.callsTo('forgotPassword')).to.have.length(0);
      expect(flow.step).to.equal('signIn');
    });

    it('shows a wrong password as an error, in the view and as an event', async () => {
      const { flow, events } = setup();
      await flow.start();
      await flow.submit('signIn', { username: 'al', password: 'wrong' });
      const error = { code: 'NotAuthorized', message: 'Incorrect username or password.' };
      expect(flow.error).to.deep.equal(error);
      expect(events.at(-1)).to.deep.equal({ type: 'error', step: 'signIn', error });
    });

    it('a held call can fail', async () => {
      const { fake, flow } = setup();
      await flow.start();
      const gate = fake.hold('signIn');
      const done = flow.submit('signIn', { username: 'al', password: FAKE_PASSWORD });
      await gate.started;
      gate.fail(authError('TooManyRequests', 'Rate exceeded'));
      await done;
      expect(flow.error).to.deep.equal({ code: 'TooManyRequests', message: 'Rate exceeded' });
    });

    it('turns a rejection that is not an AuthError into Unknown', async () => {
      const { fake, flow } = setup();
      await flow.start();
      fake.handle('signIn', () => {
        throw new TypeError('boom');
      });
      await flow.submit('signIn', { username: 'al', password: 'x' });
      expect(flow.error).to.deep.equal({ code: 'Unknown', message: 'boom' });
      fake.handle('signIn', () => Promise.reject({ code: 'NotAuthorizedException', message: 'raw' }));
      await flow.submit('signIn', { username: 'al', password: 'x' });
      expect(flow.error).to.deep.equal({ code: 'Unknown', message: coreMessages.unknownError });
      fake.handle('signIn', () => Promise.reject('plain'));
      await flow.submit('signIn', { username: 'al', password: 'x' });
      expect(flow.error).to.deep.equal({ code: 'Unknown', message: 'plain' });
      fake.handle('signIn', () => Promise.reject({ code: 'CodeMismatch', message: 'm', values: { n: 1 } }));
      await flow.submit('signIn', { username: 'al', password: 'x' });
      expect(flow.error).to.deep.equal({ code: 'CodeMismatch', message: 'm', values: { n: 1 } });
    });

    it('keeps no password once a step is left', async () => {
      const { flow } = setup();
      await flow.start();
      await flow.submit('signIn', { username: 'al', password: 'wrong-password' });
      expect(holds(stateOf(flow), 'wrong-password')).to.equal(false);
      await flow.submit('signIn', { username: 'al', password: FAKE_PASSWORD });
      expect(flow.step).to.equal('authenticated');
      expect(holds(stateOf(flow), FAKE_PASSWORD)).to.equal(false);
    });
  });

  describe('unconfirmed user', () => {
    it('confirms with the kept credentials, signs in exactly once, then forgets the password', async () => {
      const { fake, flow, events } = setup();
      await flow.start();
      let confirmedUser = false;
      fake.handle('signIn', async ({ username }) => {
        if (!confirmedUser) throw authError('UserNotConfirmed', 'User is not confirmed.');
        return { kind: 'signedIn', user: { username, attributes: {} }, handle: { fakeUser: username } };
      });
      fake.handle('confirmSignUp', () => {
        confirmedUser = true;
      });
      await flow.submit('signIn', { username: 'al', password: FAKE_PASSWORD });
      expect(flow.step).to.equal('confirmSignUp');
      expect(fake.callsTo('resendSignUpCode')).to.deep.equal([{ method: 'resendSignUpCode', input: { username: 'al' } }]);
      expect(holds(stateOf(flow), FAKE_PASSWORD), 'kept for confirming').to.equal(true);
      await flow.submit('confirmSignUp', { code: FAKE_CODE });
      expect(flow.step).to.equal('authenticated');
      expect(fake.callsTo('signIn')).to.have.length(2);
      expect(events.filter((e) => e.type === 'signedIn')).to.have.length(1);
      expect(holds(stateOf(flow), FAKE_PASSWORD)).to.equal(false);
    });

    it('forgets the kept password on going back to sign in', async () => {
      const { fake, flow } = setup();
      await flow.start();
      fake.handle('signIn', () => Promise.reject(authError('UserNotConfirmed', 'User is not confirmed.')));
      await flow.submit('signIn', { username: 'al', password: FAKE_PASSWORD });
      flow.toSignIn();
      expect(flow.step).to.equal('signIn');
      expect(holds(stateOf(flow), FAKE_PASSWORD)).to.equal(false);
    });
  });

  describe('sign up', () => {
    it('signs up, confirms and is signed in once by the service’s autoSignIn', async () => {
      const { fake, flow, events } = setup({ signUpAttributes: ['email'] });
      await flow.start();
      flow.toSignUp();
      expect(flow.step).to.equal('signUp');
      await flow.submit('signUp', {
        username: 'bo',
        email: 'bo@example.com',
        password: FAKE_PASSWORD,
        confirm_password: FAKE_PASSWORD,
      });
      expect(flow.step).to.equal('confirmSignUp');
      expect(fake.callsTo('signUp')[0]!.input).to.deep.equal({
        username: 'bo',
        password: '[redacted]',
        attributes: { email: 'bo@example.com' },
        autoSignIn: true,
      });
      expect(events.find((e) => e.type === 'signedUp')).to.deep.equal({
        type: 'signedUp',
        username: 'bo',
        userConfirmed: false,
        codeDelivery: flow.codeDelivery,
      });
      expect(holds(stateOf(flow), FAKE_PASSWORD)).to.equal(false);
      await flow.resendCode();
      expect(fake.callsTo('resendSignUpCode')).to.have.length(1);

      const signedIn = reach(flow, 'authenticated');
      await flow.submit('confirmSignUp', { code: FAKE_CODE });
      expect(flow.pending, 'waiting for autoSignIn').to.equal(true);
      await signedIn;
      expect(fake.callsTo('signIn'), 'the kit does not sign in itself').to.have.length(0);
      expect(events.filter((e) => e.type === 'signedIn')).to.have.length(1);
      expect(JSON.stringify(events)).not.to.include(FAKE_PASSWORD);
      expect(JSON.stringify(events)).not.to.include(FAKE_CODE);
    });

    it('runs the app’s async validator before signing up', async () => {
      const seen: Record<string, string>[] = [];
      const { fake, flow } = setup({
        initialStep: 'signUp',
        validateCustomSignUp: async (values) => {
          seen.push(values);
          return values.username === 'taken' ? { username: { key: 'Pick another name' } } : undefined;
        },
      });
      await flow.start();
      const values = { username: ' taken ', password: FAKE_PASSWORD, confirm_password: FAKE_PASSWORD };
      await flow.submit('signUp', values);
      expect(seen[0]!.username).to.equal('taken');
      expect(flow.fieldErrors).to.deep.equal({ username: { key: 'Pick another name' } });
      expect(fake.callsTo('signUp')).to.have.length(0);
      await flow.submit('signUp', { ...values, username: 'free' });
      expect(fake.callsTo('signUp')).to.have.length(1);
    });

    it('keeps optional attributes optional through the app’s validator', async () => {
      const { fake, flow } = setup({
        initialStep: 'signUp',
        signUpAttributes: ['name'],
        validateCustomSignUp: async () => undefined,
      });
      await flow.start();
      const values = { username: 'al', password: FAKE_PASSWORD, confirm_password: FAKE_PASSWORD };
      await flow.submit('signUp', values);
      expect(flow.fieldErrors).to.deep.equal({ name: { key: 'This field is required' } });
      await flow.submit('signUp', values, { optional: ['name'] });
      expect(flow.fieldErrors).to.deep.equal({});
      expect(fake.callsTo('signUp')).to.have.length(1);
    });

    it('a throwing validator shows an error', async () => {
      const { flow } = setup({
        initialStep: 'signUp',
        validateCustomSignUp: () => {
          throw new Error('validator broke');
        },
      });
      await flow.start();
      await flow.submit('signUp', { username: 'x', password: 'p', confirm_password: 'p' });
      expect(flow.error).to.deep.equal({ code: 'Unknown', message: 'validator broke' });
      expect(flow.pending).to.equal(false);
    });

    it('link verification waits for the link', async () => {
      const { fake, flow } = setup({ initialStep: 'signUp', signUpVerificationMethod: 'link' });
      await flow.start();
      await flow.submit('signUp', { username: 'bo', password: 'p', confirm_password: 'p' });
      expect(flow.awaitingLink).to.equal(true);
      expect(flow.pending).to.equal(false);
      fake.emit({ type: 'autoSignIn_failure', error: authError('Unknown', 'Please use your credentials to sign in') });
      expect(flow.step).to.equal('signIn');
      expect(flow.error?.message).to.equal('Please use your credentials to sign in');
    });
  });

  describe('MFA', () => {
    const totpSetup: SignInResult = { kind: 'challenge', challenge: 'MFA_SETUP', user: { username: 'al', attributes: {} }, handle: { fakeUser: 'al' } };

    it('sets up TOTP: the secret is shown only during setupTotp and never in an event', async () => {
      const { fake, flow, events } = setup({ totpIssuer: 'Acme' });
      await flow.start();
      fake.handle('signIn', () => totpSetup);
      await flow.submit('signIn', { username: 'al', password: FAKE_PASSWORD });
      expect(flow.step).to.equal('setupTotp');
      expect(flow.totpSetup).to.deep.equal({
        secret: FAKE_TOTP_SECRET,
        uri: `otpauth://totp/Acme:al?secret=${FAKE_TOTP_SECRET}&issuer=Acme`,
      });
      await flow.submit('setupTotp', { code: FAKE_CODE });
      expect(flow.step).to.equal('authenticated');
      expect(holds(stateOf(flow), FAKE_TOTP_SECRET)).to.equal(false);
      expect(JSON.stringify(events)).not.to.include(FAKE_TOTP_SECRET);
    });

    it('selects an MFA type, then confirms the code', async () => {
      const { fake, flow } = setup();
      await flow.start();
      fake.handle('signIn', () => ({ ...totpSetup, challenge: 'SELECT_MFA_TYPE', mfaTypes: ['SMS', 'TOTP'] }));
      await flow.submit('signIn', { username: 'al', password: FAKE_PASSWORD });
      expect(flow.mfaTypes).to.deep.equal(['SMS', 'TOTP']);
      await flow.submit('selectMfaType', { mfa_type: 'SMS' });
      expect(flow.step).to.equal('confirmSignIn');
      expect(flow.codeDelivery?.deliveryMedium).to.equal('SMS');
      await flow.submit('confirmSignIn', { code: FAKE_CODE });
      expect(flow.step).to.equal('authenticated');
      expect(fake.callsTo('confirmSignIn')[0]!.input).to.deep.equal({ code: '[redacted]', mfaType: 'SMS_MFA' });
    });
  });

  describe('force new password and verify user', () => {
    it('keeps no new password after the step', async () => {
      const { fake, flow } = setup();
      await flow.start();
      fake.handle('signIn', () => ({
        kind: 'challenge',
        challenge: 'NEW_PASSWORD_REQUIRED',
        user: { username: 'al', attributes: {} },
        handle: { fakeUser: 'al' },
        requiredAttributes: ['name'],
      }));
      fake.handle('verifiedContact', () => ({ verified: {}, unverified: { email: 'a***' } }));
      await flow.submit('signIn', { username: 'al', password: FAKE_PASSWORD });
      expect(flow.requiredAttributes).to.deep.equal(['name']);
      await flow.submit('forceNewPassword', { password: NEW_PASSWORD, confirm_password: NEW_PASSWORD, name: 'Al' });
      expect(flow.step).to.equal('verifyUser');
      expect(flow.unverifiedContacts).to.deep.equal({ email: 'a***' });
      expect(holds(stateOf(flow), NEW_PASSWORD)).to.equal(false);
      await flow.submit('verifyUser', { attribute: 'email' });
      expect(flow.step).to.equal('confirmVerifyUser');
      flow.skip();
      expect(flow.step).to.equal('authenticated');
    });
  });

  describe('forgot password', () => {
    it('resets the password and returns to sign in with a notice', async () => {
      const { fake, flow } = setup();
      await flow.start();
      flow.toForgotPassword();
      await flow.submit('forgotPassword', { username: 'al' });
      expect(flow.step).to.equal('confirmResetPassword');
      await flow.resendCode();
      expect(fake.callsTo('forgotPassword')).to.have.length(2);
      await flow.submit('confirmResetPassword', { code: FAKE_CODE, password: NEW_PASSWORD, confirm_password: NEW_PASSWORD });
      expect(flow.step).to.equal('signIn');
      expect(flow.notice).to.deep.equal({ key: coreMessages.passwordChanged });
      expect(flow.previousStep).to.equal('confirmResetPassword');
      expect(holds(stateOf(flow), NEW_PASSWORD)).to.equal(false);
    });
  });

  describe('sign out and outside events', () => {
    async function signedIn() {
      const s = setup();
      await s.flow.start();
      await s.flow.submit('signIn', { username: 'al', password: FAKE_PASSWORD });
      s.events.length = 0;
      return s;
    }

    it('signs out through the service, with one signedOut event', async () => {
      const { fake, flow, events } = await signedIn();
      await flow.signOut();
      expect(fake.callsTo('signOut')).to.have.length(1);
      expect(flow.step).to.equal('signIn');
      expect(types(events)).to.deep.equal(['stepChange', 'stepChange', 'signedOut']);
    });

    it('an expired session signs out with a notice', async () => {
      const { fake, flow, events } = await signedIn();
      fake.emit({ type: 'tokenRefresh' });
      expect(flow.step).to.equal('authenticated');
      fake.emit({ type: 'tokenRefresh_failure' });
      expect(flow.step).to.equal('signIn');
      expect(flow.notice).to.deep.equal({ key: coreMessages.sessionExpired });
      expect(types(events)).to.deep.equal(['stepChange', 'signedOut']);
    });

    it('a sign-in elsewhere signs this flow in', async () => {
      const { fake, flow } = setup();
      await flow.start();
      fake.emit({ type: 'signIn', user: { username: 'al', attributes: {} } });
      expect(flow.step).to.equal('authenticated');
    });

    it('federated sign-in goes through the service', async () => {
      const { fake, flow } = setup();
      await flow.start();
      await flow.federatedSignIn('google');
      expect(fake.callsTo('federatedSignIn')).to.deep.equal([{ method: 'federatedSignIn', input: { provider: 'google' } }]);
    });
  });

  describe('subscriptions and dispose', () => {
    it('notifies subscribers after every change until they unsubscribe', async () => {
      const { flow } = setup();
      const steps: Step[] = [];
      const off = flow.subscribe((view) => steps.push(view.step));
      await flow.start();
      expect(steps).to.deep.equal(['setup', 'signIn']);
      off();
      flow.toSignUp();
      expect(steps).to.have.length(2);
    });

    it('unsubscribes event listeners', async () => {
      const { flow } = setup();
      const events: FlowEvent[] = [];
      flow.onEvent((e) => events.push(e))();
      await flow.start();
      expect(events).to.deep.equal([]);
    });

    it('dispose removes the service listener, drops secrets and stops running effects', async () => {
      const { fake, flow, events } = setup();
      await flow.start();
      fake.handle('signIn', () => ({ kind: 'challenge', challenge: 'MFA_SETUP', user: { username: 'al', attributes: {} }, handle: { fakeUser: 'al' } }));
      await flow.submit('signIn', { username: 'al', password: FAKE_PASSWORD });
      expect(flow.totpSetup).to.not.equal(undefined);
      const gate = fake.hold('verifyTotp');
      const done = flow.submit('setupTotp', { code: FAKE_CODE });
      await gate.started;
      const seen = events.length;
      flow.dispose();
      flow.dispose();
      expect(fake.listenerCount).to.equal(0);
      expect(flow.totpSetup).to.equal(undefined);
      expect(holds(stateOf(flow), 'fakeUser'), 'the Amplify user handle is dropped').to.equal(false);
      gate.release();
      await done;
      fake.emit({ type: 'signOut' });
      await flow.submit('setupTotp', { code: FAKE_CODE });
      await flow.start();
      expect(flow.step).to.equal('setupTotp');
      expect(events).to.have.length(seen);
      expect(fake.callsTo('verifiedContact'), 'no follow-up effect ran').to.have.length(0);
      expect(fake.listenerCount).to.equal(0);
    });

    it('a throwing listener does not stop the flow', async () => {
      const { flow } = setup();
      const reported: unknown[] = [];
      const original = window.queueMicrotask;
      window.queueMicrotask = (fn) => {
        try {
          fn();
        } catch (error) {
          reported.push(error);
        }
      };
      try {
        flow.subscribe(() => {
          throw new Error('listener bug');
        });
        await flow.start();
      } finally {
        window.queueMicrotask = original;
      }
      expect(flow.step).to.equal('signIn');
      expect(reported).to.have.length.greaterThan(0);
    });
  });
});
