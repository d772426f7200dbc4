import { expect } from '@open-wc/testing';
import { resolveFlowOptions } from './flow.js';
import { initialState, totpUri, transition } from './machine.js';
import type { CallEffect, Effect, MachineEvent, MachineState, Transition } from './machine.js';
import { coreMessages } from './messages.js';
import type { AuthError, AuthUser, FlowEvent, FlowOptions, SignInResult, Step } from './types.js';

const alice: AuthUser = { username: 'alice', attributes: { email: 'alice@example.com' } };
const HANDLE = { cognitoUser: 'alice' };
const signedIn: SignInResult = { kind: 'signedIn', user: alice, handle: HANDLE };
const challenge = (c: Extract<SignInResult, { kind: 'challenge' }>['challenge'], extra = {}): SignInResult => ({
  kind: 'challenge',
  challenge: c,
  user: alice,
  handle: HANDLE,
  ...extra,
});
const notAuthorized: AuthError = { code: 'NotAuthorized', message: 'Incorrect username or password.' };

function stateAt(step: Step, patch: Partial<MachineState> = {}, options: Partial<FlowOptions> = {}): MachineState {
  return { ...initialState(resolveFlowOptions(options)), step, ...patch };
}

const calls = (t: Transition): CallEffect[] => t.effects.filter((e): e is CallEffect => e.type === 'call');
const emitted = (t: Transition): FlowEvent[] =>
  t.effects.flatMap((e: Effect) => (e.type === 'emit' ? [e.event] : []));

/** The one call effect of `t`. */
function onlyCall(t: Transition): CallEffect {
  const effects = calls(t);
  expect(effects, 'exactly one call').to.have.length(1);
  return effects[0]!;
}

/** Answers the transition's call with `result`. */
function answer(t: Transition, result: unknown): Transition {
  return transition(t.state, { ...onlyCall(t), type: 'result', result } as MachineEvent);
}

function fail(t: Transition, error: AuthError): Transition {
  return transition(t.state, { ...onlyCall(t), type: 'failed', error } as MachineEvent);
}

const send = (state: MachineState, event: MachineEvent) => transition(state, event);
const submit = (state: MachineState, step: string, values: Record<string, string>) =>
  transition(state, { type: 'submit', step, values } as MachineEvent);

/** Signs alice in from the sign-in step and answers with `result`. */
function signInWith(result: SignInResult, options: Partial<FlowOptions> = {}): Transition {
  return answer(submit(stateAt('signIn', {}, options), 'signIn', { username: 'alice', password: 'pw' }), result);
}

describe('machine', () => {
  describe('setup', () => {
    it('restores a session: start asks currentUser, a user ends authenticated', () => {
      const start = send(initialState(resolveFlowOptions()), { type: 'start' });
      expect(start.state.pending).to.equal(true);
      expect(onlyCall(start).call).to.equal('currentUser');
      const done = answer(start, alice);
      expect(done.state.step).to.equal('authenticated');
      expect(done.state.pending).to.equal(false);
      expect(emitted(done)).to.deep.equal([{ type: 'signedIn', username: 'alice', attributes: alice.attributes }]);
    });

    it('without a session shows the initial step', () => {
      const start = send(initialState(resolveFlowOptions({ initialStep: 'forgotPassword' })), { type: 'start' });
      expect(answer(start, null).state.step).to.equal('forgotPassword');
    });

    it('falls back to signIn when the initial step is signUp but sign-up is hidden', () => {
      const start = send(initialState(resolveFlowOptions({ initialStep: 'signUp', hideSignUp: true })), { type: 'start' });
      expect(answer(start, null).state.step).to.equal('signIn');
    });

    it('treats a failing session check as no session, silently', () => {
      const start = send(initialState(resolveFlowOptions({ initialStep: 'signUp' })), { type: 'start' });
      const done = fail(start, { code: 'Unknown', message: 'The user is not authenticated' });
      expect(done.state.step).to.equal('signUp');
      expect(done.state.error).to.equal(undefined);
      expect(emitted(done)).to.deep.equal([]);
    });

    it('ignores start outside setup or while pending', () => {
      const signIn = stateAt('signIn');
      expect(send(signIn, { type: 'start' }).state).to.equal(signIn);
      const started = send(initialState(resolveFlowOptions()), { type: 'start' });
      expect(send(started.state, { type: 'start' }).effects).to.deep.equal([]);
    });
  });

  describe('signIn', () => {
    it('validates before any request', () => {
      const t = submit(stateAt('signIn'), 'signIn', { username: '  ', password: '' });
      expect(t.effects).to.deep.equal([]);
      expect(t.state.fieldErrors).to.deep.equal({
        username: { key: coreMessages.required },
        password: { key: coreMessages.required },
      });
      expect(t.state.pending).to.equal(false);
    });

    it('signs in with the trimmed username and the untouched password', () => {
      const t = submit(stateAt('signIn'), 'signIn', { username: ' alice ', password: ' pw ' });
      expect(t.state.pending).to.equal(true);
      expect(t.state.username).to.equal('alice');
      expect(onlyCall(t)).to.include({ call: 'signIn' });
      expect(onlyCall(t).input).to.deep.equal({ username: 'alice', password: ' pw ' });
    });

    it('normalises a phone-number username', () => {
      const t = submit(stateAt('signIn', {}, { loginMechanisms: ['phone_number'] }), 'signIn', {
        username: '+1 (555) 010-0000',
        password: 'pw',
      });
      expect(onlyCall(t).input).to.deep.equal({ username: '+15550100000', password: 'pw' });
    });

    it('ignores a submit for another step or while pending', () => {
      const state = stateAt('signIn');
      expect(submit(state, 'signUp', { username: 'a', password: 'b', confirm_password: 'b' }).state).to.equal(state);
      const pending = submit(state, 'signIn', { username: 'alice', password: 'pw' }).state;
      expect(submit(pending, 'signIn', { username: 'alice', password: 'pw' }).effects).to.deep.equal([]);
    });

    it('a signed-in result checks verified contacts, then ends authenticated', () => {
      const t = signInWith(signedIn);
      expect(t.state.step).to.equal('signIn');
      expect(t.state.pending).to.equal(true);
      expect(onlyCall(t)).to.deep.include({ call: 'verifiedContact', input: { handle: HANDLE } });
      const done = answer(t, { verified: { email: 'alice@example.com' }, unverified: {} });
      expect(done.state).to.include({ step: 'authenticated', previousStep: 'signIn', pending: false, handle: undefined });
      expect(done.state.user).to.deep.equal(alice);
      expect(emitted(done)).to.deep.equal([{ type: 'signedIn', username: 'alice', attributes: alice.attributes }]);
    });

    it('nothing verified and something unverified leads to verifyUser', () => {
      const done = answer(signInWith(signedIn), { verified: {}, unverified: { email: 'a***@e***' } });
      expect(done.state.step).to.equal('verifyUser');
      expect(done.state.unverifiedContacts).to.deep.equal({ email: 'a***@e***' });
      expect(emitted(done)).to.deep.equal([]);
    });

    it('nothing verified and nothing unverified ends authenticated', () => {
      expect(answer(signInWith(signedIn), { verified: {}, unverified: {} }).state.step).to.equal('authenticated');
    });

    it('a failing contact check still ends authenticated', () => {
      const done = fail(signInWith(signedIn), { code: 'NetworkError', message: 'Network Error' });
      expect(done.state.step).to.equal('authenticated');
      expect(done.state.error).to.equal(undefined);
    });

    it('another error stays on signIn with the error and an error event', () => {
      const t = fail(submit(stateAt('signIn'), 'signIn', { username: 'alice', password: 'bad' }), notAuthorized);
      expect(t.state).to.include({ step: 'signIn', pending: false, error: notAuthorized });
      expect(emitted(t)).to.deep.equal([{ type: 'error', step: 'signIn', error: notAuthorized }]);
    });

    it('the next submit clears the previous error', () => {
      const failed = fail(submit(stateAt('signIn'), 'signIn', { username: 'alice', password: 'bad' }), notAuthorized);
      expect(submit(failed.state, 'signIn', { username: 'alice', password: 'pw' }).state.error).to.equal(undefined);
    });

    it('UserNotConfirmed resends the code and confirms with the credentials kept', () => {
      const t = fail(submit(stateAt('signIn'), 'signIn', { username: 'alice', password: 'pw' }), {
        code: 'UserNotConfirmed',
        message: 'User is not confirmed.',
      });
      expect(t.state.step).to.equal('confirmSignUp');
      expect(t.state.credentials).to.deep.equal({ username: 'alice', password: 'pw' });
      expect(onlyCall(t)).to.deep.include({ call: 'resendSignUpCode', input: { username: 'alice' } });
      const delivery = { deliveryMedium: 'EMAIL', destination: 'a***' };
      const shown = answer(t, delivery);
      expect(shown.state).to.include({ pending: false, codeDelivery: delivery });

      const confirm = submit(shown.state, 'confirmSignUp', { code: ' 123456 ' });
      expect(onlyCall(confirm).input).to.deep.equal({ username: 'alice', code: '123456' });
      const signIn = answer(confirm, undefined);
      expect(signIn.state.credentials, 'password dropped once used').to.equal(undefined);
      expect(onlyCall(signIn)).to.deep.include({ call: 'signIn', input: { username: 'alice', password: 'pw' } });
      expect(answer(answer(signIn, signedIn), { verified: {}, unverified: {} }).state.step).to.equal('authenticated');
    });

    it('after confirming, a failing sign-in goes back to signIn with the error', () => {
      const confirmStep = stateAt('confirmSignUp', { username: 'alice', credentials: { username: 'alice', password: 'pw' } });
      const signIn = answer(submit(confirmStep, 'confirmSignUp', { code: '1' }), undefined);
      const t = fail(signIn, notAuthorized);
      expect(t.state).to.include({ step: 'signIn', error: notAuthorized, credentials: undefined });
    });

    it('PasswordResetRequired sends the code first, then confirmResetPassword', () => {
      const t = fail(submit(stateAt('signIn'), 'signIn', { username: 'alice', password: 'pw' }), {
        code: 'PasswordResetRequired',
        message: 'Password reset required for the user',
      });
      expect(t.state.step).to.equal('signIn');
      expect(onlyCall(t)).to.deep.include({ call: 'forgotPassword', input: { username: 'alice' } });
      const delivery = { deliveryMedium: 'EMAIL' };
      const done = answer(t, delivery);
      expect(done.state).to.include({ step: 'confirmResetPassword', username: 'alice', codeDelivery: delivery });
    });
  });

  describe('challenge routing', () => {
    it('SMS_MFA → confirmSignIn showing the delivery, answered as SMS_MFA', () => {
      const delivery = { deliveryMedium: 'SMS', destination: '+*******1234' };
      const t = signInWith(challenge('SMS_MFA', { codeDelivery: delivery }));
      expect(t.state).to.include({ step: 'confirmSignIn', mfaChallenge: 'SMS_MFA', codeDelivery: delivery, handle: HANDLE });
      const confirm = submit(t.state, 'confirmSignIn', { code: '123456' });
      expect(onlyCall(confirm).input).to.deep.equal({ handle: HANDLE, code: '123456', mfaType: 'SMS_MFA' });
      expect(onlyCall(answer(confirm, signedIn)).call).to.equal('verifiedContact');
    });

    it('SOFTWARE_TOKEN_MFA → confirmSignIn answered as SOFTWARE_TOKEN_MFA without a delivery', () => {
      const t = signInWith(challenge('SOFTWARE_TOKEN_MFA', { codeDelivery: { destination: 'x' } }));
      expect(t.state).to.include({ step: 'confirmSignIn', codeDelivery: undefined });
      const confirm = submit(t.state, 'confirmSignIn', { code: '1' });
      expect(onlyCall(confirm).input).to.deep.include({ mfaType: 'SOFTWARE_TOKEN_MFA' });
      expect(submit(t.state, 'confirmSignIn', { code: '' }).state.fieldErrors).to.have.keys('code');
    });

    it('a wrong MFA code stays on confirmSignIn with the error', () => {
      const t = signInWith(challenge('SOFTWARE_TOKEN_MFA'));
      const mismatch: AuthError = { code: 'CodeMismatch', message: 'Invalid code or auth state for the user.' };
      const failed = fail(submit(t.state, 'confirmSignIn', { code: '000000' }), mismatch);
      expect(failed.state).to.include({ step: 'confirmSignIn', error: mismatch, handle: HANDLE });
    });

    it('SELECT_MFA_TYPE → selectMfaType, answered with the choice', () => {
      const t = signInWith(challenge('SELECT_MFA_TYPE', { mfaTypes: ['TOTP'] }));
      expect(t.state.step).to.equal('selectMfaType');
      expect(t.state.mfaTypes).to.deep.equal(['TOTP']);
      expect(submit(t.state, 'selectMfaType', { mfa_type: 'SMS' }).state.fieldErrors).to.deep.equal({
        mfa_type: { key: coreMessages.invalidChoice },
      });
      expect(submit(t.state, 'selectMfaType', { mfa_type: '' }).state.fieldErrors).to.deep.equal({
        mfa_type: { key: coreMessages.required },
      });
      const chosen = submit(t.state, 'selectMfaType', { mfa_type: 'TOTP' });
      expect(onlyCall(chosen)).to.deep.include({ call: 'selectMfaType', input: { handle: HANDLE, mfaType: 'TOTP' } });
      const next = answer(chosen, challenge('SOFTWARE_TOKEN_MFA'));
      expect(next.state).to.include({ step: 'confirmSignIn', previousStep: 'selectMfaType' });
    });

    it('SELECT_MFA_TYPE without a list offers SMS and TOTP', () => {
      expect(signInWith(challenge('SELECT_MFA_TYPE')).state.mfaTypes).to.deep.equal(['SMS', 'TOTP']);
    });

    it('MFA_SETUP → setupTotp: fetches the secret, builds the URI, verifies the first code', () => {
      const t = signInWith(challenge('MFA_SETUP'), { totpIssuer: 'My App' });
      expect(t.state.step).to.equal('setupTotp');
      expect(onlyCall(t)).to.deep.include({ call: 'setupTotp', input: { handle: HANDLE } });
      const shown = answer(t, 'SECRET');
      expect(shown.state.totpSetup).to.deep.equal({
        secret: 'SECRET',
        uri: 'otpauth://totp/My%20App:alice?secret=SECRET&issuer=My%20App',
      });
      const verify = submit(shown.state, 'setupTotp', { code: '123456' });
      expect(onlyCall(verify)).to.deep.include({ call: 'verifyTotp', input: { handle: HANDLE, code: '123456' } });
      expect(onlyCall(answer(verify, signedIn)).call).to.equal('verifiedContact');
      expect(submit(shown.state, 'setupTotp', { code: ' ' }).effects).to.deep.equal([]);
    });

    it('totpUri encodes every part', () => {
      expect(totpUri('A&B', 'a@b.c', 'S/1')).to.equal('otpauth://totp/A%26B:a%40b.c?secret=S%2F1&issuer=A%26B');
    });

    it('NEW_PASSWORD_REQUIRED → forceNewPassword with the required attributes', () => {
      const t = signInWith(challenge('NEW_PASSWORD_REQUIRED', { requiredAttributes: ['name', 'phone_number'] }), {
        passwordPolicy: { minLength: 8 },
      });
      expect(t.state.step).to.equal('forceNewPassword');
      expect(t.state.requiredAttributes).to.deep.equal(['name', 'phone_number']);
      const bad = submit(t.state, 'forceNewPassword', { password: 'short', confirm_password: 'short', name: '' });
      expect(bad.effects).to.deep.equal([]);
      expect(Object.keys(bad.state.fieldErrors)).to.have.members(['password', 'name', 'phone_number']);
      const ok = submit(t.state, 'forceNewPassword', {
        password: 'long enough',
        confirm_password: 'long enough',
        name: ' Alice ',
        phone_number: '+44 20 7946 0000',
      });
      expect(onlyCall(ok)).to.deep.include({
        call: 'completeNewPassword',
        input: { handle: HANDLE, password: 'long enough', attributes: { name: 'Alice', phone_number: '+442079460000' } },
      });
      expect(onlyCall(answer(ok, signedIn)).call).to.equal('verifiedContact');
    });

    it('NEW_PASSWORD_REQUIRED without attributes requires none', () => {
      expect(signInWith(challenge('NEW_PASSWORD_REQUIRED')).state.requiredAttributes).to.deep.equal([]);
    });

    it('CUSTOM_CHALLENGE ends on signIn with an UnsupportedChallenge error, not a hang', () => {
      const t = signInWith(challenge('CUSTOM_CHALLENGE'));
      expect(t.state).to.include({ step: 'signIn', pending: false, handle: undefined });
      const error = { code: 'UnsupportedChallenge', message: coreMessages.unsupportedChallenge };
      expect(t.state.error).to.deep.equal(error);
      expect(emitted(t)).to.deep.equal([{ type: 'error', step: 'signIn', error }]);
    });
  });

  describe('signUp', () => {
    const values = { username: ' bob ', password: 'pw', confirm_password: 'pw', email: ' bob@example.com ' };
    const options = { signUpAttributes: ['email' as const] };

    it('validates required fields, shapes and matching passwords', () => {
      const t = submit(stateAt('signUp', {}, options), 'signUp', {
        username: '',
        password: 'a',
        confirm_password: 'b',
        email: 'nope',
      });
      expect(t.effects).to.deep.equal([]);
      expect(t.state.fieldErrors).to.deep.equal({
        username: { key: coreMessages.required },
        email: { key: coreMessages.invalidEmail },
        confirm_password: { key: coreMessages.passwordsMustMatch },
      });
    });

    it('signs up with autoSignIn, the login value and the configured attributes', () => {
      const t = submit(stateAt('signUp', {}, options), 'signUp', { ...values, 'custom:team': ' red ', nickname: 'x' });
      expect(onlyCall(t)).to.deep.include({
        call: 'signUp',
        input: {
          username: 'bob',
          password: 'pw',
          attributes: { email: 'bob@example.com', 'custom:team': 'red' },
          autoSignIn: true,
        },
      });
    });

    it('uses the email or phone login field as the username and an attribute', () => {
      const byEmail = submit(stateAt('signUp', {}, { loginMechanisms: ['email'] }), 'signUp', {
        email: 'bob@example.com',
        password: 'pw',
        confirm_password: 'pw',
      });
      expect(onlyCall(byEmail).input).to.deep.include({ username: 'bob@example.com', attributes: { email: 'bob@example.com' } });
      const byPhone = submit(stateAt('signUp', {}, { loginMechanisms: ['phone_number'] }), 'signUp', {
        phone_number: '+1 555 010 0000',
        password: 'pw',
        confirm_password: 'pw',
      });
      expect(onlyCall(byPhone).input).to.deep.include({ username: '+15550100000' });
    });

    it('an unconfirmed sign-up shows confirmSignUp with the delivery and reports signedUp', () => {
      const delivery = { deliveryMedium: 'EMAIL', destination: 'b***' };
      const t = answer(submit(stateAt('signUp', {}, options), 'signUp', values), {
        userConfirmed: false,
        codeDelivery: delivery,
      });
      expect(t.state).to.include({
        step: 'confirmSignUp',
        username: 'bob',
        codeDelivery: delivery,
        awaitingAutoSignIn: true,
        awaitingLink: false,
        credentials: undefined,
      });
      expect(emitted(t)).to.deep.equal([{ type: 'signedUp', username: 'bob', userConfirmed: false, codeDelivery: delivery }]);
    });

    it('confirming a sign-up made here waits for the service’s autoSignIn (one sign-in only)', () => {
      const confirmStep = answer(submit(stateAt('signUp', {}, options), 'signUp', values), { userConfirmed: false }).state;
      const confirm = submit(confirmStep, 'confirmSignUp', { code: '123456' });
      const waiting = answer(confirm, undefined);
      expect(waiting.effects, 'no sign-in of our own').to.deep.equal([]);
      expect(waiting.state).to.include({ pending: true, step: 'confirmSignUp' });
      // Amplify's Hub signIn during its auto sign-in is ignored while pending.
      expect(send(waiting.state, { type: 'external', event: { type: 'signIn', user: alice } }).state).to.equal(waiting.state);
      const auto = send(waiting.state, { type: 'external', event: { type: 'autoSignIn', result: signedIn } });
      expect(onlyCall(auto).call).to.equal('verifiedContact');
      expect(auto.state.awaitingAutoSignIn).to.equal(false);
    });

    it('a confirmed sign-up waits for autoSignIn on the sign-up step', () => {
      const t = answer(submit(stateAt('signUp', {}, options), 'signUp', values), { userConfirmed: true });
      expect(t.state).to.include({ step: 'signUp', pending: true, awaitingAutoSignIn: true });
      expect(emitted(t)[0]).to.deep.include({ type: 'signedUp', userConfirmed: true });
      const auto = send(t.state, { type: 'external', event: { type: 'autoSignIn', result: challenge('SOFTWARE_TOKEN_MFA') } });
      expect(auto.state.step).to.equal('confirmSignIn');
    });

    it('autoSignIn_failure goes to signIn with its error', () => {
      const confirmStep = stateAt('confirmSignUp', { awaitingAutoSignIn: true, username: 'bob' });
      const error: AuthError = { code: 'Unknown', message: 'Please use your credentials to sign in' };
      const t = send(confirmStep, { type: 'external', event: { type: 'autoSignIn_failure', error } });
      expect(t.state).to.include({ step: 'signIn', error });
      expect(emitted(t)).to.deep.equal([{ type: 'error', step: 'signIn', error }]);
    });

    it('ignores autoSignIn events nobody waits for', () => {
      const signIn = stateAt('signIn');
      expect(send(signIn, { type: 'external', event: { type: 'autoSignIn', result: signedIn } }).state).to.equal(signIn);
      const failure = { type: 'autoSignIn_failure', error: notAuthorized } as const;
      expect(send(signIn, { type: 'external', event: failure }).state).to.equal(signIn);
    });

    it('link verification waits for the link and asks no code', () => {
      const t = answer(
        submit(stateAt('signUp', {}, { ...options, signUpVerificationMethod: 'link' }), 'signUp', values),
        { userConfirmed: false },
      );
      expect(t.state).to.include({ step: 'confirmSignUp', awaitingLink: true, pending: false });
      expect(submit(t.state, 'confirmSignUp', { code: '1' }).effects).to.deep.equal([]);
      const auto = send(t.state, { type: 'external', event: { type: 'autoSignIn', result: signedIn } });
      expect(onlyCall(auto).call).to.equal('verifiedContact');
    });

    it('runs the app’s validator as an effect and merges its messages', () => {
      const validateCustomSignUp = () => undefined;
      const state = stateAt('signUp', {}, { ...options, validateCustomSignUp });
      const t = submit(state, 'signUp', values);
      expect(t.state.pending).to.equal(true);
      const [effect] = t.effects;
      expect(effect).to.deep.include({ type: 'validateSignUp' });
      const id = (effect as { id: number }).id;
      const cleaned = (effect as { values: Record<string, string> }).values;
      expect(cleaned).to.include({ username: 'bob', password: 'pw' });

      const rejected = send(t.state, { type: 'signUpValidated', id, values: cleaned, errors: { username: { key: 'Taken' } } });
      expect(rejected.state.fieldErrors).to.deep.equal({ username: { key: 'Taken' } });
      expect(rejected.state.pending).to.equal(false);

      const accepted = send(t.state, { type: 'signUpValidated', id, values: cleaned, errors: undefined });
      expect(onlyCall(accepted).call).to.equal('signUp');

      const broken = send(t.state, { type: 'signUpValidated', id, values: cleaned, errors: undefined, error: notAuthorized });
      expect(broken.state.error).to.equal(notAuthorized);

      const stale = send(t.state, { type: 'signUpValidated', id: id - 1, values: cleaned, errors: undefined });
      expect(stale.state).to.equal(t.state);
    });

    it('merges built-in messages with the app’s', () => {
      const state = stateAt('signUp', {}, { validateCustomSignUp: () => undefined });
      const t = submit(state, 'signUp', { username: '', password: 'a', confirm_password: 'a' });
      const effect = t.effects[0] as { id: number; values: Record<string, string> };
      const done = send(t.state, { type: 'signUpValidated', id: effect.id, values: effect.values, errors: { x: { key: 'X' } } });
      expect(done.state.fieldErrors).to.deep.equal({ x: { key: 'X' }, username: { key: coreMessages.required } });
    });

    it('a sign-up error stays on signUp', () => {
      const exists: AuthError = { code: 'UsernameExists', message: 'User already exists' };
      const t = fail(submit(stateAt('signUp', {}, options), 'signUp', values), exists);
      expect(t.state).to.include({ step: 'signUp', error: exists });
    });
  });

  describe('confirmSignUp', () => {
    const base = { username: 'bob', awaitingAutoSignIn: true };

    it('resends the code and shows the new delivery', () => {
      const t = send(stateAt('confirmSignUp', base), { type: 'resendCode' });
      expect(onlyCall(t)).to.deep.include({ call: 'resendSignUpCode', input: { username: 'bob' } });
      expect(answer(t, { destination: 'new' }).state.codeDelivery).to.deep.equal({ destination: 'new' });
    });

    it('"User is already confirmed." with kept credentials signs in with them', () => {
      const state = stateAt('confirmSignUp', { username: 'alice', credentials: { username: 'alice', password: 'pw' } });
      const t = fail(send(state, { type: 'resendCode' }), { code: 'InvalidParameter', message: 'User is already confirmed.' });
      expect(onlyCall(t)).to.deep.include({ call: 'signIn', input: { username: 'alice', password: 'pw' } });
    });

    it('"User is already confirmed." after a sign-up here waits for autoSignIn', () => {
      const t = fail(send(stateAt('confirmSignUp', base), { type: 'resendCode' }), {
        code: 'InvalidParameter',
        message: 'User is already confirmed.',
      });
      expect(t.state).to.include({ pending: true, awaitingAutoSignIn: true });
    });

    it('"User is already confirmed." while awaiting a link goes to signIn with a notice', () => {
      const state = stateAt('confirmSignUp', { ...base, awaitingLink: true });
      const t = fail(send(state, { type: 'resendCode' }), { code: 'InvalidParameter', message: 'User is already confirmed.' });
      expect(t.state.step).to.equal('signIn');
      expect(t.state.notice).to.deep.equal({ key: coreMessages.accountConfirmed });
    });

    it('another resend error shows the error', () => {
      const limit: AuthError = { code: 'LimitExceeded', message: 'Attempt limit exceeded, please try after some time.' };
      expect(fail(send(stateAt('confirmSignUp', base), { type: 'resendCode' }), limit).state.error).to.equal(limit);
    });

    it('a wrong code stays on confirmSignUp', () => {
      const mismatch: AuthError = { code: 'CodeMismatch', message: 'Invalid verification code provided, please try again.' };
      const t = fail(submit(stateAt('confirmSignUp', base), 'confirmSignUp', { code: '1' }), mismatch);
      expect(t.state).to.include({ step: 'confirmSignUp', error: mismatch });
      expect(submit(stateAt('confirmSignUp', base), 'confirmSignUp', { code: '' }).state.fieldErrors).to.have.keys('code');
    });

    it('leaving drops the kept credentials', () => {
      const state = stateAt('confirmSignUp', { username: 'alice', credentials: { username: 'alice', password: 'pw' } });
      const t = send(state, { type: 'navigate', to: 'signIn' });
      expect(t.state).to.include({ step: 'signIn', credentials: undefined, username: 'alice' });
    });
  });

  describe('forgotPassword', () => {
    it('validates, sends the code and moves to confirmResetPassword', () => {
      expect(submit(stateAt('forgotPassword'), 'forgotPassword', { username: ' ' }).state.fieldErrors).to.have.keys('username');
      const t = submit(stateAt('forgotPassword'), 'forgotPassword', { username: ' alice ' });
      expect(onlyCall(t)).to.deep.include({ call: 'forgotPassword', input: { username: 'alice' } });
      const done = answer(t, { destination: 'a***' });
      expect(done.state).to.include({ step: 'confirmResetPassword', previousStep: 'forgotPassword', username: 'alice' });
    });

    it('confirmResetPassword validates, resets, and returns to signIn with a notice', () => {
      const state = stateAt('confirmResetPassword', { username: 'alice' }, { passwordPolicy: { requireNumbers: true } });
      const bad = submit(state, 'confirmResetPassword', { code: '', password: 'abc', confirm_password: 'abd' });
      expect(bad.state.fieldErrors).to.deep.equal({
        code: { key: coreMessages.required },
        password: { key: coreMessages.passwordNumbers },
        confirm_password: { key: coreMessages.passwordsMustMatch },
      });
      const t = submit(state, 'confirmResetPassword', { code: ' 123456 ', password: 'abc1', confirm_password: 'abc1' });
      expect(onlyCall(t)).to.deep.include({
        call: 'confirmForgotPassword',
        input: { username: 'alice', code: '123456', password: 'abc1' },
      });
      const done = answer(t, undefined);
      expect(done.state).to.include({ step: 'signIn', username: 'alice' });
      expect(done.state.notice).to.deep.equal({ key: coreMessages.passwordChanged });
      const cleared = submit(done.state, 'signIn', { username: 'alice', password: 'abc1' });
      expect(cleared.state.notice, 'the notice goes with the next attempt').to.equal(undefined);
    });

    it('resends the reset code', () => {
      const t = send(stateAt('confirmResetPassword', { username: 'alice' }), { type: 'resendCode' });
      expect(onlyCall(t)).to.deep.include({ call: 'forgotPassword', input: { username: 'alice' } });
      expect(answer(t, { destination: 'again' }).state).to.include({ step: 'confirmResetPassword' });
    });
  });

  describe('verifyUser', () => {
    const state = stateAt('verifyUser', { user: alice, username: 'alice', unverifiedContacts: { email: 'a***' } });

    it('sends a code to the chosen contact, confirms it and ends authenticated', () => {
      expect(submit(state, 'verifyUser', { attribute: 'phone_number' }).state.fieldErrors).to.have.keys('attribute');
      const t = submit(state, 'verifyUser', { attribute: 'email' });
      expect(onlyCall(t)).to.deep.include({ call: 'verifyAttribute', input: { attribute: 'email' } });
      const confirmStep = answer(t, { destination: 'a***' });
      expect(confirmStep.state).to.include({ step: 'confirmVerifyUser', verifyAttribute: 'email' });
      expect(submit(confirmStep.state, 'confirmVerifyUser', { code: '' }).state.fieldErrors).to.have.keys('code');
      const confirm = submit(confirmStep.state, 'confirmVerifyUser', { code: '123456' });
      expect(onlyCall(confirm)).to.deep.include({ call: 'confirmVerifyAttribute', input: { attribute: 'email', code: '123456' } });
      const done = answer(confirm, undefined);
      expect(done.state.step).to.equal('authenticated');
      expect(emitted(done)).to.deep.equal([{ type: 'signedIn', username: 'alice', attributes: alice.attributes }]);
    });

    it('resends the verification code', () => {
      const confirmStep = stateAt('confirmVerifyUser', { user: alice, verifyAttribute: 'email' });
      const t = send(confirmStep, { type: 'resendCode' });
      expect(onlyCall(t)).to.deep.include({ call: 'verifyAttribute', input: { attribute: 'email' } });
    });

    it('is skippable from both steps', () => {
      expect(send(state, { type: 'skip' }).state.step).to.equal('authenticated');
      const confirmStep = stateAt('confirmVerifyUser', { user: alice, verifyAttribute: 'email' });
      const skipped = send(confirmStep, { type: 'skip' });
      expect(skipped.state.step).to.equal('authenticated');
      expect(emitted(skipped)[0]).to.deep.include({ type: 'signedIn', username: 'alice' });
    });

    it('skip means nothing elsewhere', () => {
      const signIn = stateAt('signIn');
      expect(send(signIn, { type: 'skip' }).state).to.equal(signIn);
    });
  });

  describe('signOut', () => {
    const state = stateAt('authenticated', { user: alice, username: 'alice' });

    it('signs out through the service and returns to signIn', () => {
      const t = send(state, { type: 'signOut' });
      expect(t.state).to.include({ step: 'signOut', pending: true });
      expect(onlyCall(t).call).to.equal('signOut');
      // Amplify's own Hub signOut during the call changes nothing.
      expect(send(t.state, { type: 'external', event: { type: 'signOut' } }).state).to.equal(t.state);
      const done = answer(t, undefined);
      expect(done.state).to.include({ step: 'signIn', user: undefined, username: undefined });
      expect(emitted(done)).to.deep.equal([{ type: 'signedOut' }]);
    });

    it('a failed sign-out returns to authenticated with the error', () => {
      const error: AuthError = { code: 'NetworkError', message: 'Network Error' };
      const t = fail(send(state, { type: 'signOut' }), error);
      expect(t.state).to.include({ step: 'authenticated', error });
    });

    it('only a signed-in user can sign out', () => {
      const signIn = stateAt('signIn');
      expect(send(signIn, { type: 'signOut' }).state).to.equal(signIn);
    });
  });

  describe('navigation', () => {
    it('toSignUp from sign-in steps, unless sign-up is hidden', () => {
      expect(send(stateAt('signIn'), { type: 'navigate', to: 'signUp' }).state.step).to.equal('signUp');
      const hidden = stateAt('signIn', {}, { hideSignUp: true });
      expect(send(hidden, { type: 'navigate', to: 'signUp' }).state.step).to.equal('signIn');
    });

    it('toSignIn from every pre-auth step, dropping the challenge handle', () => {
      for (const step of ['signUp', 'confirmSignUp', 'confirmSignIn', 'selectMfaType', 'setupTotp', 'forceNewPassword', 'forgotPassword', 'confirmResetPassword'] as const) {
        const t = send(stateAt(step, { handle: HANDLE, user: alice, totpSetup: { secret: 's', uri: 'u' } }), { type: 'navigate', to: 'signIn' });
        expect(t.state, step).to.include({ step: 'signIn', previousStep: step, handle: undefined, user: undefined, totpSetup: undefined });
      }
    });

    it('not from setup, a signed-in step, or while pending', () => {
      for (const step of ['setup', 'verifyUser', 'authenticated'] as const) {
        expect(send(stateAt(step), { type: 'navigate', to: 'signIn' }).state.step).to.equal(step);
      }
      const pending = stateAt('signUp', { pending: true });
      expect(send(pending, { type: 'navigate', to: 'signIn' }).state).to.equal(pending);
    });

    it('toForgotPassword only from signIn', () => {
      expect(send(stateAt('signIn'), { type: 'navigate', to: 'forgotPassword' }).state.step).to.equal('forgotPassword');
      expect(send(stateAt('signUp'), { type: 'navigate', to: 'forgotPassword' }).state.step).to.equal('signUp');
    });

    it('resendCode means nothing on steps without a code to resend', () => {
      const signIn = stateAt('signIn');
      expect(send(signIn, { type: 'resendCode' }).state).to.equal(signIn);
      const confirmVerify = stateAt('confirmVerifyUser');
      expect(send(confirmVerify, { type: 'resendCode' }).effects).to.deep.equal([]);
    });
  });

  describe('federatedSignIn', () => {
    it('asks the service to redirect to the provider', () => {
      const t = send(stateAt('signIn'), { type: 'federatedSignIn', provider: 'google' });
      expect(onlyCall(t)).to.deep.include({ call: 'federatedSignIn', input: { provider: 'google' } });
      expect(answer(t, undefined).state.pending).to.equal(false);
      const error: AuthError = { code: 'NotConfigured', message: 'OAuth not configured' };
      expect(fail(t, error).state.error).to.equal(error);
    });

    it('not once signed in', () => {
      expect(send(stateAt('authenticated'), { type: 'federatedSignIn', provider: 'google' }).effects).to.deep.equal([]);
    });
  });

  describe('external events', () => {
    const ext = (state: MachineState, event: Extract<MachineEvent, { type: 'external' }>['event']) =>
      send(state, { type: 'external', event });
    const authed = stateAt('authenticated', { user: alice, username: 'alice' });

    it('tokenRefresh changes nothing', () => {
      expect(ext(authed, { type: 'tokenRefresh' }).state).to.equal(authed);
    });

    it('tokenRefresh_failure signs out with a session-expired notice', () => {
      const t = ext(authed, { type: 'tokenRefresh_failure' });
      expect(t.state.step).to.equal('signIn');
      expect(t.state.notice).to.deep.equal({ key: coreMessages.sessionExpired });
      expect(emitted(t)).to.deep.equal([{ type: 'signedOut' }]);
      const signIn = stateAt('signIn');
      expect(ext(signIn, { type: 'tokenRefresh_failure' }).state).to.equal(signIn);
    });

    it('an outside sign-in on an idle pre-auth step ends authenticated', () => {
      const t = ext(stateAt('signUp'), { type: 'signIn', user: alice });
      expect(t.state.step).to.equal('authenticated');
      expect(emitted(t)[0]).to.deep.include({ type: 'signedIn', username: 'alice' });
      expect(ext(authed, { type: 'signIn', user: alice }).state).to.equal(authed);
    });

    it('an outside sign-in during our own request is ignored', () => {
      const pending = submit(stateAt('signIn'), 'signIn', { username: 'alice', password: 'pw' }).state;
      expect(ext(pending, { type: 'signIn', user: alice }).state).to.equal(pending);
    });

    it('an outside sign-out returns to signIn', () => {
      const t = ext(authed, { type: 'signOut' });
      expect(t.state.step).to.equal('signIn');
      expect(emitted(t)).to.deep.equal([{ type: 'signedOut' }]);
      const signIn = stateAt('signIn');
      expect(ext(signIn, { type: 'signOut' }).state).to.equal(signIn);
    });

    it('hosted UI success ends authenticated, even during the session check', () => {
      const setup = send(initialState(resolveFlowOptions()), { type: 'start' });
      const t = ext(setup.state, { type: 'cognitoHostedUI', user: alice });
      expect(t.state).to.include({ step: 'authenticated', pending: false });
      // The session check's late answer no longer counts.
      const late = transition(t.state, { ...onlyCall(setup), type: 'result', result: null } as MachineEvent);
      expect(late.state).to.equal(t.state);
      expect(ext(authed, { type: 'cognitoHostedUI', user: alice }).state).to.equal(authed);
    });

    it('hosted UI failure shows its error on signIn', () => {
      const error: AuthError = { code: 'Unknown', message: 'access_denied' };
      const t = ext(stateAt('setup'), { type: 'cognitoHostedUI_failure', error });
      expect(t.state).to.include({ step: 'signIn', error });
      expect(ext(authed, { type: 'cognitoHostedUI_failure', error }).state).to.equal(authed);
    });
  });

  describe('stale answers', () => {
    it('ignores an answer to an earlier request', () => {
      const first = submit(stateAt('signIn'), 'signIn', { username: 'alice', password: 'bad' });
      const failed = fail(first, notAuthorized);
      const second = submit(failed.state, 'signIn', { username: 'alice', password: 'pw' });
      const late = transition(second.state, { ...onlyCall(first), type: 'result', result: signedIn } as MachineEvent);
      expect(late.state).to.equal(second.state);
      const lateFailure = transition(second.state, { ...onlyCall(first), type: 'failed', error: notAuthorized } as MachineEvent);
      expect(lateFailure.state).to.equal(second.state);
    });
  });

  describe('dispose', () => {
    it('drops the handle, credentials and TOTP secret', () => {
      const state = stateAt('confirmSignUp', {
        handle: HANDLE,
        credentials: { username: 'a', password: 'pw' },
        totpSetup: { secret: 's', uri: 'u' },
        pending: true,
      });
      const t = send(state, { type: 'dispose' });
      expect(t.state).to.include({ handle: undefined, credentials: undefined, totpSetup: undefined, pending: false });
    });
  });
});
