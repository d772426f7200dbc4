/**
 * The auth flow as a pure state machine: `transition(state, event) → { state, effects }`.
 * No I/O, no timers, no DOM. Effects are plain data the flow runs through the `AuthService`;
 * each answer comes back as a `result` or `failed` event carrying the request's id.
 *
 * The flow at a glance (read the four tables below top to bottom):
 *
 *   setup ── currentUser ──► authenticated | initialStep
 *   signIn ── signIn ──► (sign-in routing, see `routeSignIn`)
 *     ├ UserNotConfirmed ──► resend code ──► confirmSignUp (credentials kept: confirming signs in)
 *     └ PasswordResetRequired ──► forgotPassword ──► confirmResetPassword
 *   signUp ── signUp ──► confirmSignUp (code, or awaiting the emailed link) ──► Hub autoSignIn
 *   forgotPassword ──► confirmResetPassword ──► signIn ("Your password has been changed")
 *   confirmSignIn | selectMfaType | setupTotp | forceNewPassword ──► sign-in routing
 *   sign-in routing: challenge → its step; signed in → verifiedContact → verifyUser | authenticated
 *   verifyUser ──► confirmVerifyUser ──► authenticated (both skippable)
 *   authenticated ── signOut ──► signOut ──► signIn
 */
import { coreMessages } from './messages.js';
import type { FieldErrors, SignUpInput, Validated } from './validation.js';
import {
  validateChoice,
  validateCode,
  validateNewPassword,
  validateResetPassword,
  validateSignIn,
  validateSignUp,
  validateUsername,
} from './validation.js';
import type {
  AuthError,
  AuthService,
  ContactAttribute,
  ExternalEvent,
  FlowEvent,
  FlowOptions,
  FlowView,
  FormStep,
  Message,
  SignInResult,
  SocialProvider,
  Step,
  StepValues,
} from './types.js';

// ─── Data ──────────────────────────────────────────────────────────────────────────────────

/** Every `AuthService` method the machine can ask for (all but `listen`). */
export type Call = Exclude<keyof AuthService, 'listen'>;
export type CallInput<K extends Call> = Parameters<AuthService[K]>[0];
export type CallOutput<K extends Call> = Awaited<ReturnType<AuthService[K]>>;

/** Ask the service for `call(input)`; its answer comes back with the same `id`. */
export type CallEffect = { [K in Call]: { type: 'call'; id: number; call: K; input: CallInput<K> } }[Call];

export type Effect =
  | CallEffect
  /** Run `options.validateCustomSignUp(values)`; answered by `signUpValidated`. */
  | { type: 'validateSignUp'; id: number; values: Record<string, string>; optional?: readonly string[] }
  /** Tell the page what happened. */
  | { type: 'emit'; event: FlowEvent };

export type ResultEvent = {
  [K in Call]: { type: 'result'; id: number; call: K; input: CallInput<K>; result: CallOutput<K> };
}[Call];

export type FailedEvent = {
  [K in Call]: { type: 'failed'; id: number; call: K; input: CallInput<K>; error: AuthError };
}[Call];

export type SubmitEvent = {
  [S in FormStep]: { type: 'submit'; step: S; values: StepValues[S]; optional?: readonly string[] };
}[FormStep];

export type MachineEvent =
  | { type: 'start' }
  | SubmitEvent
  | { type: 'resendCode' }
  | { type: 'navigate'; to: 'signIn' | 'signUp' | 'forgotPassword' }
  | { type: 'skip' }
  | { type: 'signOut' }
  | { type: 'federatedSignIn'; provider: SocialProvider }
  | { type: 'external'; event: ExternalEvent }
  | ResultEvent
  | FailedEvent
  | {
      type: 'signUpValidated';
      id: number;
      values: Record<string, string>;
      optional?: readonly string[];
      errors: FieldErrors | undefined;
      error?: AuthError;
    }
  /** The flow stopped: drop every secret. */
  | { type: 'dispose' };

/** The view plus what only the machine needs. Secrets live here as briefly as possible. */
export interface MachineState extends FlowView {
  /** Id of the latest request; answers with another id (or when not pending) are stale. */
  requestId: number;
  /** The opaque Amplify user a challenge answer needs; only kept in challenge steps. */
  handle: unknown;
  /** confirmSignIn: which code Cognito asked for. */
  mfaChallenge: 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA' | undefined;
  /** confirmVerifyUser: the contact being verified. */
  verifyAttribute: ContactAttribute | undefined;
  /** confirmSignUp after `UserNotConfirmed` only: confirming signs in with these. */
  credentials: { username: string; password: string } | undefined;
  /** After a sign-up in this page, the service signs in by itself (Hub `autoSignIn`). */
  awaitingAutoSignIn: boolean;
}

export interface Transition {
  state: MachineState;
  effects: Effect[];
}

export function initialState(options: FlowOptions): MachineState {
  return {
    step: 'setup',
    previousStep: undefined,
    options,
    user: undefined,
    username: undefined,
    requestId: 0,
    handle: undefined,
    ...STEP_SCOPED,
  };
}

/** Everything that belongs to one step and is reset on entering another (never mutated). */
const STEP_SCOPED = {
  pending: false,
  error: undefined,
  fieldErrors: {},
  notice: undefined,
  codeDelivery: undefined,
  totpSetup: undefined,
  requiredAttributes: [],
  mfaTypes: [],
  unverifiedContacts: {},
  awaitingLink: false,
  awaitingAutoSignIn: false,
  credentials: undefined,
  mfaChallenge: undefined,
  verifyAttribute: undefined,
} satisfies Partial<MachineState>;

/**
 * Every step by phase; a new step without a row here is a compile error.
 * - fresh: a new attempt starts here (the in-progress user is forgotten)
 * - preAuth: part of an attempt; challenge: answers a challenge and needs the Amplify handle
 * - signedIn: a user is signed in
 */
type Phase = 'setup' | 'fresh' | 'preAuth' | 'challenge' | 'signedIn' | 'signingOut';
const PHASE = {
  setup: 'setup',
  signIn: 'fresh',
  signUp: 'fresh',
  forgotPassword: 'fresh',
  confirmSignUp: 'preAuth',
  confirmResetPassword: 'preAuth',
  confirmSignIn: 'challenge',
  selectMfaType: 'challenge',
  setupTotp: 'challenge',
  forceNewPassword: 'challenge',
  verifyUser: 'signedIn',
  confirmVerifyUser: 'signedIn',
  authenticated: 'signedIn',
  signOut: 'signingOut',
} as const satisfies Record<Step, Phase>;

/** Before anyone is signed in, once the session check is done ("back to sign in" works here). */
const inAttempt = (step: Step) => ['fresh', 'preAuth', 'challenge'].includes(PHASE[step]);
/** Before anyone is signed in, the session check included. */
const beforeSignIn = (step: Step) => inAttempt(step) || step === 'setup';
const isSignedIn = (step: Step) => PHASE[step] === 'signedIn';

// ─── Building blocks ───────────────────────────────────────────────────────────────────────

const none = (state: MachineState): Transition => ({ state, effects: [] });
/** Goes to `state` and tells the page `event`. */
const emit = (state: MachineState, event: FlowEvent): Transition => ({ state, effects: [{ type: 'emit', event }] });

/** Enters `step`, resetting what belonged to the step being left. */
function enter(state: MachineState, step: Step, patch: Partial<MachineState> = {}): MachineState {
  return {
    ...state,
    ...STEP_SCOPED,
    handle: PHASE[step] === 'challenge' ? state.handle : undefined,
    user: PHASE[step] === 'fresh' ? undefined : state.user,
    step,
    previousStep: step === state.step ? state.previousStep : state.step,
    ...patch,
  };
}

/** `enter` with nothing to ask the service. */
const show = (state: MachineState, step: Step, patch?: Partial<MachineState>) => none(enter(state, step, patch));

/** Pending until the answer with the next id: a service call, or the app's sign-up validation. */
function pending(state: MachineState, effect: (id: number) => Effect, patch?: Partial<MachineState>): Transition {
  const id = state.requestId + 1;
  return { state: { ...state, pending: true, requestId: id, ...patch }, effects: [effect(id)] };
}

/** Starts a service call; a call for a username makes it the attempt's username. */
function request<K extends Call>(state: MachineState, call: K, input: CallInput<K>): Transition {
  const username = (input as { username?: string } | undefined)?.username ?? state.username;
  return pending(state, (id) => ({ type: 'call', id, call, input }) as CallEffect, { username });
}

/** Pending without a request of ours: the service's Hub `autoSignIn` will answer. */
const awaitAutoSignIn = (state: MachineState) =>
  none({ ...state, pending: true, requestId: state.requestId + 1, awaitingAutoSignIn: true });

const showError = (state: MachineState, error: AuthError) =>
  emit({ ...state, pending: false, error }, { type: 'error', step: state.step, error });

/** Clears the previous attempt's messages; with `fieldErrors`, shows them instead of asking anything. */
const attempt = (state: MachineState, fieldErrors: FieldErrors = {}): MachineState => ({
  ...state,
  error: undefined,
  notice: undefined,
  fieldErrors,
});

/**
 * Valid values, with `known` (what the step already holds) added, go to the service as `call`'s
 * input; otherwise the fields say what is wrong.
 */
const send = <K extends Call, T extends Partial<CallInput<K>>>(
  state: MachineState,
  v: Validated<T>,
  call: K,
  known?: Omit<CallInput<K>, keyof T>,
) => (v.ok ? request(attempt(state), call, { ...known, ...v.value } as CallInput<K>) : none(attempt(state, v.errors)));

/** A validated choice as the input field `name`. */
const choice = <N extends string, T>(name: N, v: Validated<T>): Validated<Record<N, T>> =>
  v.ok ? { ok: true, value: { [name]: v.value } as Record<N, T> } : v;

const authenticated = (state: MachineState, user = state.user ?? { username: state.username ?? '', attributes: {} }) =>
  emit(enter(state, 'authenticated', { user, username: user.username }), {
    type: 'signedIn',
    username: user.username,
    attributes: user.attributes,
  });

const signedOut = (state: MachineState, notice?: Message) =>
  emit(enter(state, 'signIn', { username: undefined, notice }), { type: 'signedOut' });

const initialStep = ({ initialStep, hideSignUp }: FlowOptions): Step =>
  initialStep === 'signUp' && hideSignUp ? 'signIn' : initialStep;

const backToSignIn = (state: MachineState, message: string) => show(state, 'signIn', { notice: { key: message } });

/** `totp` URI for authenticator apps; every part URI-encoded. */
export function totpUri(issuer: string, username: string, secret: string): string {
  const i = encodeURIComponent(issuer);
  return `otpauth://totp/${i}:${encodeURIComponent(username)}?secret=${encodeURIComponent(secret)}&issuer=${i}`;
}

/**
 * Where a sign-in-like answer leads (signIn, autoSignIn, confirmSignIn, selectMfaType,
 * verifyTotp, completeNewPassword all end here).
 */
function routeSignIn(state: MachineState, result: SignInResult): Transition {
  const { user, handle } = result;
  const who = { user, username: user.username, handle };
  if (result.kind === 'signedIn') return request({ ...state, ...who }, 'verifiedContact', { handle });
  switch (result.challenge) {
    case 'SMS_MFA':
    case 'SOFTWARE_TOKEN_MFA':
      return show(state, 'confirmSignIn', {
        ...who,
        mfaChallenge: result.challenge,
        codeDelivery: result.challenge === 'SMS_MFA' ? result.codeDelivery : undefined,
      });
    case 'SELECT_MFA_TYPE':
      return show(state, 'selectMfaType', { ...who, mfaTypes: result.mfaTypes ?? ['SMS', 'TOTP'] });
    case 'MFA_SETUP':
      return request(enter(state, 'setupTotp', who), 'setupTotp', { handle });
    case 'NEW_PASSWORD_REQUIRED':
      return show(state, 'forceNewPassword', { ...who, requiredAttributes: result.requiredAttributes ?? [] });
    case 'CUSTOM_CHALLENGE':
      // Amplify UI stalls here; we end on sign in with a clear error instead.
      return showError(enter(state, 'signIn', { username: user.username }), {
        code: 'UnsupportedChallenge',
        message: coreMessages.unsupportedChallenge,
      });
  }
}

/** The account is confirmed: sign in once, by whichever party holds the credentials. */
function confirmed(state: MachineState): Transition {
  const { credentials } = state;
  // The UserNotConfirmed route: no Hub autoSignIn will come, so we sign in ourselves.
  if (credentials) return request({ ...state, credentials: undefined, awaitingAutoSignIn: false }, 'signIn', credentials);
  // A sign-up made in this page: the service signs in and reports Hub autoSignIn.
  if (state.awaitingAutoSignIn && !state.awaitingLink) return awaitAutoSignIn(state);
  return backToSignIn(state, coreMessages.accountConfirmed);
}

const signUp = (state: MachineState, v: Validated<SignUpInput>) =>
  send(state, v, 'signUp', { autoSignIn: true });

// ─── Table 1: what submitting each step does ───────────────────────────────────────────────

const onSubmit: {
  [S in FormStep]: (state: MachineState, values: StepValues[S], optional?: readonly string[]) => Transition;
} = {
  signIn: (state, values) => send(state, validateSignIn(values, state.options), 'signIn'),
  signUp(state, values, optional) {
    const v = validateSignUp(values, state.options, optional);
    // The app's validator may be async: run it as an effect, then merge (see signUpValidated).
    if (!state.options.validateCustomSignUp) return signUp(state, v);
    return pending(state, (id) => ({ type: 'validateSignUp', id, values: v.values, optional }));
  },
  confirmSignUp: (state, values) =>
    state.awaitingLink
      ? none(state)
      : send(state, validateCode(values), 'confirmSignUp', { username: state.username ?? '' }),
  confirmSignIn: (state, values) =>
    send(state, validateCode(values), 'confirmSignIn', {
      handle: state.handle,
      mfaType: state.mfaChallenge ?? 'SMS_MFA',
    }),
  selectMfaType: (state, values) =>
    send(state, choice('mfaType', validateChoice('mfa_type', values.mfa_type, state.mfaTypes)), 'selectMfaType', {
      handle: state.handle,
    }),
  setupTotp: (state, values) => send(state, validateCode(values), 'verifyTotp', { handle: state.handle }),
  forceNewPassword: (state, values) =>
    send(
      state,
      validateNewPassword(values, state.requiredAttributes, state.options.passwordPolicy),
      'completeNewPassword',
      { handle: state.handle },
    ),
  forgotPassword: (state, values) => send(state, validateUsername(values, state.options), 'forgotPassword'),
  confirmResetPassword: (state, values) =>
    send(state, validateResetPassword(values, state.options.passwordPolicy), 'confirmForgotPassword', {
      username: state.username ?? '',
    }),
  verifyUser: (state, values) =>
    send(
      state,
      choice(
        'attribute',
        validateChoice('attribute', values.attribute, Object.keys(state.unverifiedContacts) as ContactAttribute[]),
      ),
      'verifyAttribute',
    ),
  confirmVerifyUser: (state, values) =>
    send(state, validateCode(values), 'confirmVerifyAttribute', { attribute: state.verifyAttribute ?? 'email' }),
};

// ─── Table 2: what each service answer does ────────────────────────────────────────────────

type ResultOf<K extends Call> = Extract<ResultEvent, { call: K }>;

/** Every sign-in-like answer routes the same way. */
const route = (state: MachineState, { result }: { result: SignInResult }) => routeSignIn(state, result);

const onResult: { [K in Call]: (state: MachineState, event: ResultOf<K>) => Transition } = {
  currentUser: (state, { result }) => (result ? authenticated(state, result) : show(state, initialStep(state.options))),
  signIn: route,
  signUp: (state, { input: { username }, result: { userConfirmed, codeDelivery } }) =>
    emit(
      (userConfirmed
        ? awaitAutoSignIn(state)
        : show(state, 'confirmSignUp', {
            username,
            codeDelivery,
            awaitingAutoSignIn: true,
            awaitingLink: state.options.signUpVerificationMethod === 'link',
          })
      ).state,
      { type: 'signedUp', username, userConfirmed, codeDelivery },
    ),
  confirmSignUp: confirmed,
  resendSignUpCode: (state, { result }) => none({ ...state, codeDelivery: result }),
  confirmSignIn: route,
  selectMfaType: route,
  setupTotp: (state, { result: secret }) =>
    none({ ...state, totpSetup: { secret, uri: totpUri(state.options.totpIssuer, state.username ?? '', secret) } }),
  verifyTotp: route,
  completeNewPassword: route,
  forgotPassword: (state, { result }) => show(state, 'confirmResetPassword', { codeDelivery: result }),
  confirmForgotPassword: (state) => backToSignIn(state, coreMessages.passwordChanged),
  verifiedContact: (state, { result: { verified, unverified } }) =>
    Object.keys(verified).length === 0 && Object.keys(unverified).length > 0
      ? show(state, 'verifyUser', { unverifiedContacts: unverified })
      : authenticated(state),
  verifyAttribute: (state, { input, result }) =>
    show(state, 'confirmVerifyUser', { codeDelivery: result, verifyAttribute: input.attribute }),
  confirmVerifyAttribute: (state) => authenticated(state),
  signOut: (state) => signedOut(state),
  federatedSignIn: none,
};

/** Every call of `AuthService`: the keys of the table above, which the compiler checks is complete. */
export const SERVICE_CALLS = Object.keys(onResult) as readonly Call[];

/** Failures with a route of their own; everything else stays on the step showing the error. */
function onFailure(state: MachineState, event: FailedEvent): Transition {
  const { error } = event;
  switch (event.call) {
    case 'currentUser':
      return show(state, initialStep(state.options));
    case 'signIn': {
      const { input } = event;
      if (state.step === 'confirmSignUp') return showError(enter(state, 'signIn'), error);
      if (state.step !== 'signIn') break;
      if (error.code === 'UserNotConfirmed') {
        return request(enter(state, 'confirmSignUp', { credentials: input }), 'resendSignUpCode', { username: input.username });
      }
      if (error.code === 'PasswordResetRequired') return request(state, 'forgotPassword', { username: input.username });
      break;
    }
    case 'resendSignUpCode':
      if (error.message === 'User is already confirmed.') return confirmed(state);
      break;
    case 'verifiedContact':
      // The sign-in itself succeeded; the contact check is only a courtesy.
      return authenticated(state);
    case 'signOut':
      return showError(enter(state, 'authenticated'), error);
  }
  return showError(state, error);
}

// ─── Table 3: what each user intent does (only while idle) ─────────────────────────────────

/** Per event type, its handler; `false` or `undefined` means the event changes nothing. */
type Handlers<E extends { type: string }> = {
  [T in E['type']]: (state: MachineState, event: Extract<E, { type: T }>) => Transition | false | undefined;
};

type Intent = Exclude<MachineEvent, { type: 'signUpValidated' | 'result' | 'failed' | 'external' | 'dispose' }>;

const onIntent: Handlers<Intent> = {
  start: (state) => state.step === 'setup' && request(state, 'currentUser', undefined),
  submit: (state, { step, values, optional }) =>
    step === state.step &&
    (onSubmit[step] as (s: MachineState, v: SubmitEvent['values'], o?: readonly string[]) => Transition)(
      state,
      values,
      optional,
    ),
  resendCode(state) {
    const { step, verifyAttribute } = state;
    const username = state.username ?? '';
    if (step === 'confirmSignUp') return request(attempt(state), 'resendSignUpCode', { username });
    if (step === 'confirmResetPassword') return request(attempt(state), 'forgotPassword', { username });
    return (
      step === 'confirmVerifyUser' &&
      verifyAttribute &&
      request(attempt(state), 'verifyAttribute', { attribute: verifyAttribute })
    );
  },
  navigate: (state, { to }) =>
    to !== state.step &&
    (to === 'forgotPassword'
      ? state.step === 'signIn'
      : inAttempt(state.step) && !(to === 'signUp' && state.options.hideSignUp)) &&
    show(state, to),
  skip: (state) => (state.step === 'verifyUser' || state.step === 'confirmVerifyUser') && authenticated(state),
  signOut: (state) => isSignedIn(state.step) && request(enter(state, 'signOut'), 'signOut', undefined),
  federatedSignIn: (state, { provider }) =>
    inAttempt(state.step) && request(attempt(state), 'federatedSignIn', { provider }),
};

// ─── Table 4: what each outside (Hub) event does ───────────────────────────────────────────

const onExternal: Handlers<ExternalEvent> = {
  tokenRefresh: () => undefined,
  tokenRefresh_failure: (state) =>
    state.step === 'authenticated' && signedOut(state, { key: coreMessages.sessionExpired }),
  autoSignIn: (state, { result }) => state.awaitingAutoSignIn && routeSignIn({ ...state, awaitingAutoSignIn: false }, result),
  autoSignIn_failure: (state, { error }) => state.awaitingAutoSignIn && showError(enter(state, 'signIn'), error),
  // Amplify dispatches Hub signIn during our own calls: only an idle pre-auth step listens.
  signIn: (state, { user }) => !state.pending && beforeSignIn(state.step) && authenticated(state, user),
  signOut: (state) => state.step === 'authenticated' && signedOut(state),
  cognitoHostedUI: (state, { user }) => beforeSignIn(state.step) && authenticated(state, user),
  cognitoHostedUI_failure: (state, { error }) => !isSignedIn(state.step) && showError(enter(state, 'signIn'), error),
};

// ─── The transition ────────────────────────────────────────────────────────────────────────

export function transition(state: MachineState, event: MachineEvent): Transition {
  // An answer is honoured only when it is the awaited one.
  const answer = state.pending && 'id' in event && event.id === state.requestId && { ...state, pending: false };
  switch (event.type) {
    case 'signUpValidated': {
      if (!answer) break;
      if (event.error) return showError(answer, event.error);
      const v = validateSignUp(event.values, state.options, event.optional);
      const errors = { ...event.errors, ...(v.ok ? {} : v.errors) };
      return signUp(answer, Object.keys(errors).length ? { ok: false, errors } : v);
    }

    case 'result':
      if (answer) return (onResult[event.call] as (s: MachineState, e: ResultEvent) => Transition)(answer, event);
      break;

    case 'failed':
      if (answer) return onFailure(answer, event);
      break;

    case 'external':
      return (
        (onExternal[event.event.type] as (s: MachineState, e: ExternalEvent) => Transition | false | undefined)(
          state,
          event.event,
        ) || none(state)
      );

    case 'dispose':
      return none({ ...state, ...STEP_SCOPED, handle: undefined });

    default:
      // An intent from the user is honoured only when idle.
      if (!state.pending) {
        const intent = onIntent[event.type] as (s: MachineState, e: Intent) => Transition | false | undefined;
        return intent(state, event) || none(state);
      }
  }
  return none(state);
}
