/**
 * The auth flow as a pure state machine: `transition(state, event) → { state, effects }`.
 * No I/O, no timers, no DOM. Effects are plain data the flow runs through the `AuthService`;
 * each answer comes back as a `result` or `failed` event carrying the request's id.
 *
 * The flow at a glance (read the three tables below top to bottom):
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
import type { FieldErrors, SignUpInput } from './validation.js';
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
  AuthUser,
  ContactAttribute,
  ExternalEvent,
  FlowEvent,
  FlowOptions,
  FlowView,
  FormStep,
  MfaType,
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
  | { type: 'validateSignUp'; id: number; values: Record<string, string> }
  /** Tell the page what happened. */
  | { type: 'emit'; event: FlowEvent };

export type ResultEvent = {
  [K in Call]: { type: 'result'; id: number; call: K; input: CallInput<K>; result: CallOutput<K> };
}[Call];

export type FailedEvent = {
  [K in Call]: { type: 'failed'; id: number; call: K; input: CallInput<K>; error: AuthError };
}[Call];

export type SubmitEvent = { [S in FormStep]: { type: 'submit'; step: S; values: StepValues[S] } }[FormStep];

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
    ...stepScoped(),
  };
}

/** Everything that belongs to one step and is reset on entering another. */
function stepScoped() {
  return {
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
}

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
const beforeSignIn = (step: Step) => inAttempt(step) || PHASE[step] === 'setup';
const isSignedIn = (step: Step) => PHASE[step] === 'signedIn';

// ─── Building blocks ───────────────────────────────────────────────────────────────────────

const none = (state: MachineState): Transition => ({ state, effects: [] });
const emit = (event: FlowEvent): Effect => ({ type: 'emit', event });

/** Enters `step`, resetting what belonged to the step being left. */
function enter(state: MachineState, step: Step, patch: Partial<MachineState> = {}): MachineState {
  return {
    ...state,
    ...stepScoped(),
    handle: PHASE[step] === 'challenge' ? state.handle : undefined,
    user: PHASE[step] === 'fresh' ? undefined : state.user,
    step,
    previousStep: step === state.step ? state.previousStep : state.step,
    ...patch,
  };
}

/** Starts a service call; the state is pending until its answer. */
function request<K extends Call>(state: MachineState, call: K, input: CallInput<K>): Transition {
  const id = state.requestId + 1;
  const effect = { type: 'call', id, call, input } as CallEffect;
  return { state: { ...state, pending: true, requestId: id }, effects: [effect] };
}

/** Pending without a request of ours: the service's Hub `autoSignIn` will answer. */
function awaitAutoSignIn(state: MachineState): Transition {
  return none({ ...state, pending: true, requestId: state.requestId + 1, awaitingAutoSignIn: true });
}

function showError(state: MachineState, error: AuthError): Transition {
  return {
    state: { ...state, pending: false, error },
    effects: [emit({ type: 'error', step: state.step, error })],
  };
}

function invalid(state: MachineState, fieldErrors: FieldErrors): Transition {
  return none({ ...state, fieldErrors, error: undefined, notice: undefined });
}

/** Clears the previous attempt's messages before a new request. */
function attempt(state: MachineState, patch: Partial<MachineState> = {}): MachineState {
  return { ...state, error: undefined, fieldErrors: {}, notice: undefined, ...patch };
}

function authenticated(state: MachineState, user: AuthUser): Transition {
  return {
    state: enter(state, 'authenticated', { user, username: user.username }),
    effects: [emit({ type: 'signedIn', username: user.username, attributes: user.attributes })],
  };
}

function signedOut(state: MachineState, notice?: Message): Transition {
  return {
    state: enter(state, 'signIn', { username: undefined, notice }),
    effects: [emit({ type: 'signedOut' })],
  };
}

function initialStep(options: FlowOptions): Step {
  return options.initialStep === 'signUp' && options.hideSignUp ? 'signIn' : options.initialStep;
}

function signedInUser(state: MachineState): AuthUser {
  return state.user ?? { username: state.username ?? '', attributes: {} };
}

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
  const who = { user: result.user, username: result.user.username, handle: result.handle };
  if (result.kind === 'signedIn') {
    return request({ ...state, ...who }, 'verifiedContact', { handle: result.handle });
  }
  switch (result.challenge) {
    case 'SMS_MFA':
    case 'SOFTWARE_TOKEN_MFA':
      return none(
        enter(state, 'confirmSignIn', {
          ...who,
          mfaChallenge: result.challenge,
          codeDelivery: result.challenge === 'SMS_MFA' ? result.codeDelivery : undefined,
        }),
      );
    case 'SELECT_MFA_TYPE':
      return none(enter(state, 'selectMfaType', { ...who, mfaTypes: result.mfaTypes ?? ['SMS', 'TOTP'] }));
    case 'MFA_SETUP':
      return request(enter(state, 'setupTotp', who), 'setupTotp', { handle: result.handle });
    case 'NEW_PASSWORD_REQUIRED':
      return none(enter(state, 'forceNewPassword', { ...who, requiredAttributes: result.requiredAttributes ?? [] }));
    case 'CUSTOM_CHALLENGE':
      // Amplify UI stalls here; we end on sign in with a clear error instead.
      return showError(enter(state, 'signIn', { username: result.user.username }), {
        code: 'UnsupportedChallenge',
        message: coreMessages.unsupportedChallenge,
      });
    default:
      return assertNever(result.challenge);
  }
}

/** The account is confirmed: sign in once, by whichever party holds the credentials. */
function confirmed(state: MachineState): Transition {
  if (state.credentials) {
    // The UserNotConfirmed route: no Hub autoSignIn will come, so we sign in ourselves.
    return request({ ...state, credentials: undefined, awaitingAutoSignIn: false }, 'signIn', state.credentials);
  }
  // A sign-up made in this page: the service signs in and reports Hub autoSignIn.
  if (state.awaitingAutoSignIn && !state.awaitingLink) return awaitAutoSignIn(state);
  return none(enter(state, 'signIn', { notice: { key: coreMessages.accountConfirmed } }));
}

function signUp(state: MachineState, input: SignUpInput): Transition {
  return request(attempt(state, { username: input.username }), 'signUp', { ...input, autoSignIn: true });
}

function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}

// ─── Table 1: what submitting each step does ───────────────────────────────────────────────

const onSubmit: { [S in FormStep]: (state: MachineState, values: StepValues[S]) => Transition } = {
  signIn(state, values) {
    const v = validateSignIn(values, state.options);
    if (!v.ok) return invalid(state, v.errors);
    return request(attempt(state, { username: v.value.username }), 'signIn', v.value);
  },
  signUp(state, values) {
    const v = validateSignUp(values, state.options);
    if (state.options.validateCustomSignUp) {
      // The app's validator may be async: run it as an effect, then merge (see signUpValidated).
      const id = state.requestId + 1;
      return {
        state: { ...state, pending: true, requestId: id },
        effects: [{ type: 'validateSignUp', id, values: v.values }],
      };
    }
    return v.ok ? signUp(state, v.value) : invalid(state, v.errors);
  },
  confirmSignUp(state, values) {
    if (state.awaitingLink) return none(state);
    const v = validateCode(values);
    if (!v.ok) return invalid(state, v.errors);
    return request(attempt(state), 'confirmSignUp', { username: state.username ?? '', code: v.value.code });
  },
  confirmSignIn(state, values) {
    const v = validateCode(values);
    if (!v.ok) return invalid(state, v.errors);
    const mfaType = state.mfaChallenge ?? 'SMS_MFA';
    return request(attempt(state), 'confirmSignIn', { handle: state.handle, code: v.value.code, mfaType });
  },
  selectMfaType(state, values) {
    const v = validateChoice<MfaType>('mfa_type', values.mfa_type, state.mfaTypes);
    if (!v.ok) return invalid(state, v.errors);
    return request(attempt(state), 'selectMfaType', { handle: state.handle, mfaType: v.value });
  },
  setupTotp(state, values) {
    const v = validateCode(values);
    if (!v.ok) return invalid(state, v.errors);
    return request(attempt(state), 'verifyTotp', { handle: state.handle, code: v.value.code });
  },
  forceNewPassword(state, values) {
    const v = validateNewPassword(values, state.requiredAttributes, state.options.passwordPolicy);
    if (!v.ok) return invalid(state, v.errors);
    return request(attempt(state), 'completeNewPassword', { handle: state.handle, ...v.value });
  },
  forgotPassword(state, values) {
    const v = validateUsername(values, state.options);
    if (!v.ok) return invalid(state, v.errors);
    return request(attempt(state, { username: v.value.username }), 'forgotPassword', v.value);
  },
  confirmResetPassword(state, values) {
    const v = validateResetPassword(values, state.options.passwordPolicy);
    if (!v.ok) return invalid(state, v.errors);
    return request(attempt(state), 'confirmForgotPassword', { username: state.username ?? '', ...v.value });
  },
  verifyUser(state, values) {
    const offered = Object.keys(state.unverifiedContacts) as ContactAttribute[];
    const v = validateChoice('attribute', values.attribute, offered);
    if (!v.ok) return invalid(state, v.errors);
    return request(attempt(state), 'verifyAttribute', { attribute: v.value });
  },
  confirmVerifyUser(state, values) {
    const v = validateCode(values);
    if (!v.ok) return invalid(state, v.errors);
    const attribute = state.verifyAttribute ?? 'email';
    return request(attempt(state), 'confirmVerifyAttribute', { attribute, code: v.value.code });
  },
};

// ─── Table 2: what each service answer does ────────────────────────────────────────────────

type ResultOf<K extends Call> = Extract<ResultEvent, { call: K }>;

const onResult: { [K in Call]: (state: MachineState, event: ResultOf<K>) => Transition } = {
  currentUser: (state, { result }) =>
    result ? authenticated(state, result) : none(enter(state, initialStep(state.options))),
  signIn: (state, { result }) => routeSignIn(state, result),
  signUp(state, { input, result }) {
    const signedUp = emit({
      type: 'signedUp',
      username: input.username,
      userConfirmed: result.userConfirmed,
      codeDelivery: result.codeDelivery,
    });
    const next = result.userConfirmed
      ? awaitAutoSignIn(state)
      : none(
          enter(state, 'confirmSignUp', {
            username: input.username,
            codeDelivery: result.codeDelivery,
            awaitingAutoSignIn: true,
            awaitingLink: state.options.signUpVerificationMethod === 'link',
          }),
        );
    return { state: next.state, effects: [signedUp] };
  },
  confirmSignUp: (state) => confirmed(state),
  resendSignUpCode: (state, { result }) => none({ ...state, pending: false, codeDelivery: result }),
  confirmSignIn: (state, { result }) => routeSignIn(state, result),
  selectMfaType: (state, { result }) => routeSignIn(state, result),
  setupTotp: (state, { result: secret }) =>
    none({
      ...state,
      pending: false,
      totpSetup: { secret, uri: totpUri(state.options.totpIssuer, state.username ?? '', secret) },
    }),
  verifyTotp: (state, { result }) => routeSignIn(state, result),
  completeNewPassword: (state, { result }) => routeSignIn(state, result),
  forgotPassword: (state, { result }) => none(enter(state, 'confirmResetPassword', { codeDelivery: result })),
  confirmForgotPassword: (state) =>
    none(enter(state, 'signIn', { notice: { key: coreMessages.passwordChanged } })),
  verifiedContact(state, { result: { verified, unverified } }) {
    const nothingVerified = Object.keys(verified).length === 0;
    if (nothingVerified && Object.keys(unverified).length > 0) {
      return none(enter(state, 'verifyUser', { unverifiedContacts: unverified }));
    }
    return authenticated(state, signedInUser(state));
  },
  verifyAttribute: (state, { input, result }) =>
    none(enter(state, 'confirmVerifyUser', { codeDelivery: result, verifyAttribute: input.attribute })),
  confirmVerifyAttribute: (state) => authenticated(state, signedInUser(state)),
  signOut: (state) => signedOut(state),
  federatedSignIn: (state) => none({ ...state, pending: false }),
};

/** Failures with a route of their own; everything else stays on the step showing the error. */
function onFailure(state: MachineState, event: FailedEvent): Transition {
  const { error } = event;
  switch (event.call) {
    case 'currentUser':
      return none(enter(state, initialStep(state.options)));
    case 'signIn':
      if (state.step === 'signIn' && error.code === 'UserNotConfirmed') {
        const { username } = event.input;
        const next = enter(state, 'confirmSignUp', { username, credentials: event.input });
        return request(next, 'resendSignUpCode', { username });
      }
      if (state.step === 'signIn' && error.code === 'PasswordResetRequired') {
        return request(state, 'forgotPassword', { username: event.input.username });
      }
      if (state.step === 'confirmSignUp') return showError(enter(state, 'signIn'), error);
      break;
    case 'resendSignUpCode':
      if (error.message === 'User is already confirmed.') return confirmed({ ...state, pending: false });
      break;
    case 'verifiedContact':
      // The sign-in itself succeeded; the contact check is only a courtesy.
      return authenticated(state, signedInUser(state));
    case 'signOut':
      return showError(enter(state, 'authenticated'), error);
    default:
      break;
  }
  return showError(state, error);
}

// ─── Table 3: what each outside (Hub) event does ───────────────────────────────────────────

type ExternalOf<T extends ExternalEvent['type']> = Extract<ExternalEvent, { type: T }>;

const onExternal: {
  [T in ExternalEvent['type']]: (state: MachineState, event: ExternalOf<T>) => Transition | undefined;
} = {
  tokenRefresh: () => undefined,
  tokenRefresh_failure: (state) =>
    state.step === 'authenticated' ? signedOut(state, { key: coreMessages.sessionExpired }) : undefined,
  autoSignIn: (state, { result }) =>
    state.awaitingAutoSignIn ? routeSignIn({ ...state, awaitingAutoSignIn: false }, result) : undefined,
  autoSignIn_failure: (state, { error }) =>
    state.awaitingAutoSignIn ? showError(enter(state, 'signIn'), error) : undefined,
  // Amplify dispatches Hub signIn during our own calls: only an idle pre-auth step listens.
  signIn: (state, { user }) => (!state.pending && beforeSignIn(state.step) ? authenticated(state, user) : undefined),
  signOut: (state) => (state.step === 'authenticated' ? signedOut(state) : undefined),
  cognitoHostedUI: (state, { user }) => (beforeSignIn(state.step) ? authenticated(state, user) : undefined),
  cognitoHostedUI_failure: (state, { error }) =>
    isSignedIn(state.step) ? undefined : showError(enter(state, 'signIn'), error),
};

// ─── The transition ────────────────────────────────────────────────────────────────────────

const isAnswer = (state: MachineState, id: number) => state.pending && id === state.requestId;
/** An intent from the user, honoured only when idle. */
const idle = (state: MachineState) => !state.pending;

export function transition(state: MachineState, event: MachineEvent): Transition {
  switch (event.type) {
    case 'start':
      return state.step === 'setup' && idle(state) ? request(state, 'currentUser', undefined) : none(state);

    case 'submit': {
      if (event.step !== state.step || !idle(state)) return none(state);
      const handler = onSubmit[event.step] as (s: MachineState, v: SubmitEvent['values']) => Transition;
      return handler(state, event.values);
    }

    case 'signUpValidated': {
      if (!isAnswer(state, event.id)) return none(state);
      const idleState = { ...state, pending: false };
      if (event.error) return showError(idleState, event.error);
      const v = validateSignUp(event.values, state.options);
      const errors = { ...event.errors, ...(v.ok ? {} : v.errors) };
      if (Object.keys(errors).length || !v.ok) return invalid(idleState, errors);
      return signUp(idleState, v.value);
    }

    case 'result': {
      if (!isAnswer(state, event.id)) return none(state);
      const handler = onResult[event.call] as (s: MachineState, e: ResultEvent) => Transition;
      return handler({ ...state, pending: false }, event);
    }

    case 'failed':
      return isAnswer(state, event.id) ? onFailure({ ...state, pending: false }, event) : none(state);

    case 'resendCode': {
      if (!idle(state)) return none(state);
      const username = state.username ?? '';
      if (state.step === 'confirmSignUp') return request(attempt(state), 'resendSignUpCode', { username });
      if (state.step === 'confirmResetPassword') return request(attempt(state), 'forgotPassword', { username });
      if (state.step === 'confirmVerifyUser' && state.verifyAttribute) {
        return request(attempt(state), 'verifyAttribute', { attribute: state.verifyAttribute });
      }
      return none(state);
    }

    case 'navigate': {
      if (!idle(state)) return none(state);
      const allowed =
        event.to === 'signIn'
          ? inAttempt(state.step)
          : event.to === 'signUp'
            ? inAttempt(state.step) && !state.options.hideSignUp
            : state.step === 'signIn';
      return allowed && event.to !== state.step ? none(enter(state, event.to)) : none(state);
    }

    case 'skip':
      return (state.step === 'verifyUser' || state.step === 'confirmVerifyUser') && idle(state)
        ? authenticated(state, signedInUser(state))
        : none(state);

    case 'signOut':
      return isSignedIn(state.step) && idle(state)
        ? request(enter(state, 'signOut'), 'signOut', undefined)
        : none(state);

    case 'federatedSignIn':
      return inAttempt(state.step) && idle(state)
        ? request(attempt(state), 'federatedSignIn', { provider: event.provider })
        : none(state);

    case 'external': {
      const handler = onExternal[event.event.type] as (s: MachineState, e: ExternalEvent) => Transition | undefined;
      return handler(state, event.event) ?? none(state);
    }

    case 'dispose':
      return none({ ...state, ...stepScoped(), handle: undefined });

    default:
      return assertNever(event);
  }
}
