/**
 * A configurable, in-memory `AuthService` for unit tests, element tests and Storybook.
 *
 * Defaults follow a happy path that behaves like Amplify v5 against a small user pool:
 * - `signIn` succeeds for any username with password {@link FAKE_PASSWORD}, otherwise rejects
 *   with `NotAuthorized` "Incorrect username or password."; on success it emits the Hub-like
 *   `signIn` event before resolving, as Amplify does.
 * - every code (sign-up, MFA, TOTP, reset, verify) is {@link FAKE_CODE}; another code rejects
 *   with `CodeMismatch`.
 * - `signUp` answers unconfirmed with an email code delivery; when called with `autoSignIn`,
 *   a later successful `confirmSignUp` emits `autoSignIn`, as Amplify's Hub does.
 * - `verifiedContact` reports the email as verified, so sign-in ends authenticated.
 *
 * Replace any method: `fake.handle('signIn', async ({ username }) => ({ kind: 'challenge', ... }))`.
 * Make a call hang: `const gate = fake.hold('signIn'); ...; gate.release()` (or `gate.fail(error)`).
 * Simulate Hub: `fake.emit({ type: 'tokenRefresh_failure' })`.
 * Inspect calls without secrets: `fake.calls` / `fake.callsTo('signIn')` (passwords and codes
 * are replaced by `'[redacted]'`, handles are dropped).
 *
 * @example
 * const fake = new FakeAuthService();
 * const flow = new AuthFlow(fake);
 * await flow.start();
 * await flow.submit('signIn', { username: 'alice', password: FAKE_PASSWORD });
 */
import type {
  AuthError,
  AuthErrorCode,
  AuthService,
  AuthUser,
  CodeDelivery,
  ExternalEvent,
  SignInResult,
} from '../../src/core/types.js';

/** The password the default `signIn` accepts. */
export const FAKE_PASSWORD = 'Passw0rd!';
/** The code every default confirmation accepts. */
export const FAKE_CODE = '123456';
/** The secret the default `setupTotp` returns. */
export const FAKE_TOTP_SECRET = 'JBSWY3DPEHPK3PXP';
/** What the default code-sending calls answer. */
export const FAKE_EMAIL_DELIVERY: CodeDelivery = {
  attributeName: 'email',
  deliveryMedium: 'EMAIL',
  destination: 'a***@e***',
};

/** Every method of `AuthService` that is a call (everything but `listen`). */
export type FakeMethod = Exclude<keyof AuthService, 'listen'>;
type Input<K extends FakeMethod> = Parameters<AuthService[K]>[0];
type Output<K extends FakeMethod> = Awaited<ReturnType<AuthService[K]>>;
/** A replacement for one method; may return a value or a promise, and may throw an `AuthError`. */
export type FakeHandler<K extends FakeMethod> = (input: Input<K>) => Output<K> | Promise<Output<K>>;

/** One logged call, secrets redacted. */
export interface FakeCall {
  method: FakeMethod;
  input: Record<string, unknown> | undefined;
}

/** Controls a held call: it waits until `release()` (runs the handler) or `fail(error)`. */
export interface FakeGate {
  /** Resolves once the held call has arrived. */
  readonly started: Promise<void>;
  release(): void;
  fail(error: AuthError): void;
}

/** Builds a typed `AuthError`, as the real service rejects with. */
export function authError(code: AuthErrorCode, message: string): AuthError {
  return { code, message };
}

const SECRET_KEYS = new Set(['password', 'code']);

function redact(input: unknown): Record<string, unknown> | undefined {
  if (input === undefined || input === null || typeof input !== 'object') return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (key === 'handle') continue;
    out[key] = SECRET_KEYS.has(key) ? '[redacted]' : value;
  }
  return out;
}

function userFor(username: string): AuthUser {
  const email = username.includes('@') ? username : `${username}@example.com`;
  return { username, attributes: { email } };
}

function signedIn(username: string): SignInResult {
  return { kind: 'signedIn', user: userFor(username), handle: { fakeUser: username } };
}

function checkCode(code: string): void {
  if (code !== FAKE_CODE) {
    throw authError('CodeMismatch', 'Invalid verification code provided, please try again.');
  }
}

function usernameOf(handle: unknown): string {
  const name = (handle as { fakeUser?: unknown } | null)?.fakeUser;
  return typeof name === 'string' ? name : 'user';
}

export class FakeAuthService implements AuthService {
  /** Every call made, in order, with passwords and codes redacted. */
  readonly calls: FakeCall[] = [];
  /** The user `currentUser()` restores; set by a successful default sign-in. */
  sessionUser: AuthUser | null = null;

  private readonly listeners = new Set<(event: ExternalEvent) => void>();
  private readonly handlers: { [K in FakeMethod]?: FakeHandler<K> } = {};
  private readonly gates: { [K in FakeMethod]?: Array<{ gate: FakeGate; arrived: () => void; wait: Promise<void> }> } = {};
  private autoSignInFor: string | undefined;

  /** How many `listen` subscriptions are active (proves `dispose()` unsubscribed). */
  get listenerCount(): number {
    return this.listeners.size;
  }

  /** Replaces one method's behaviour. Returns the fake for chaining. */
  handle<K extends FakeMethod>(method: K, handler: FakeHandler<K>): this {
    (this.handlers as Record<string, unknown>)[method] = handler;
    return this;
  }

  /** Makes the next call of `method` hang until the returned gate is released or failed. */
  hold(method: FakeMethod): FakeGate {
    let arrived!: () => void;
    let release!: () => void;
    let fail!: (error: AuthError) => void;
    const started = new Promise<void>((resolve) => (arrived = resolve));
    const wait = new Promise<void>((resolve, reject) => {
      release = resolve;
      fail = reject;
    });
    wait.catch(() => undefined);
    const gate: FakeGate = { started, release: () => release(), fail: (error) => fail(error) };
    (this.gates[method] ??= []).push({ gate, arrived, wait });
    return gate;
  }

  /** Delivers an external (Hub-like) event to every listener. */
  emit(event: ExternalEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  /** The logged calls of one method. */
  callsTo(method: FakeMethod): FakeCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  listen(listener: (event: ExternalEvent) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  currentUser(): Promise<AuthUser | null> {
    return this.call('currentUser', undefined, () => this.sessionUser);
  }

  signIn(input: Input<'signIn'>): Promise<SignInResult> {
    return this.call('signIn', input, ({ username, password }) => {
      if (password !== FAKE_PASSWORD) throw authError('NotAuthorized', 'Incorrect username or password.');
      return this.signedInNow(username);
    });
  }

  signUp(input: Input<'signUp'>): Promise<Output<'signUp'>> {
    return this.call('signUp', input, ({ username, autoSignIn }) => {
      this.autoSignInFor = autoSignIn ? username : undefined;
      return { userConfirmed: false, userSub: `sub-${username}`, codeDelivery: FAKE_EMAIL_DELIVERY };
    });
  }

  confirmSignUp(input: Input<'confirmSignUp'>): Promise<void> {
    return this.call('confirmSignUp', input, ({ username, code }) => {
      checkCode(code);
      if (this.autoSignInFor === username) {
        this.autoSignInFor = undefined;
        // Amplify signs in after its own Hub confirmSignUp, i.e. after this call resolves.
        setTimeout(() => this.emit({ type: 'autoSignIn', result: this.signedInNow(username) }), 0);
      }
    });
  }

  resendSignUpCode(input: Input<'resendSignUpCode'>): Promise<CodeDelivery | undefined> {
    return this.call('resendSignUpCode', input, () => FAKE_EMAIL_DELIVERY);
  }

  confirmSignIn(input: Input<'confirmSignIn'>): Promise<SignInResult> {
    return this.call('confirmSignIn', input, ({ handle, code }) => {
      checkCode(code);
      return this.signedInNow(usernameOf(handle));
    });
  }

  selectMfaType(input: Input<'selectMfaType'>): Promise<SignInResult> {
    return this.call('selectMfaType', input, ({ handle, mfaType }) => {
      const username = usernameOf(handle);
      return mfaType === 'SMS'
        ? {
            kind: 'challenge',
            challenge: 'SMS_MFA',
            user: userFor(username),
            handle,
            codeDelivery: { attributeName: 'phone_number', deliveryMedium: 'SMS', destination: '+*******1234' },
          }
        : { kind: 'challenge', challenge: 'SOFTWARE_TOKEN_MFA', user: userFor(username), handle };
    });
  }

  setupTotp(input: Input<'setupTotp'>): Promise<string> {
    return this.call('setupTotp', input, () => FAKE_TOTP_SECRET);
  }

  verifyTotp(input: Input<'verifyTotp'>): Promise<SignInResult> {
    return this.call('verifyTotp', input, ({ handle, code }) => {
      checkCode(code);
      return this.signedInNow(usernameOf(handle));
    });
  }

  completeNewPassword(input: Input<'completeNewPassword'>): Promise<SignInResult> {
    return this.call('completeNewPassword', input, ({ handle }) => this.signedInNow(usernameOf(handle)));
  }

  forgotPassword(input: Input<'forgotPassword'>): Promise<CodeDelivery | undefined> {
    return this.call('forgotPassword', input, () => FAKE_EMAIL_DELIVERY);
  }

  confirmForgotPassword(input: Input<'confirmForgotPassword'>): Promise<void> {
    return this.call('confirmForgotPassword', input, ({ code }) => checkCode(code));
  }

  verifiedContact(input: Input<'verifiedContact'>): Promise<Output<'verifiedContact'>> {
    return this.call('verifiedContact', input, ({ handle }) => ({
      verified: { email: userFor(usernameOf(handle)).attributes.email },
      unverified: {},
    }));
  }

  verifyAttribute(input: Input<'verifyAttribute'>): Promise<CodeDelivery | undefined> {
    return this.call('verifyAttribute', input, () => FAKE_EMAIL_DELIVERY);
  }

  confirmVerifyAttribute(input: Input<'confirmVerifyAttribute'>): Promise<void> {
    return this.call('confirmVerifyAttribute', input, ({ code }) => checkCode(code));
  }

  signOut(input?: Input<'signOut'>): Promise<void> {
    return this.call('signOut', input, () => {
      this.sessionUser = null;
      this.emit({ type: 'signOut' });
    });
  }

  federatedSignIn(input: Input<'federatedSignIn'>): Promise<void> {
    return this.call('federatedSignIn', input, () => undefined);
  }

  private signedInNow(username: string): SignInResult {
    const result = signedIn(username);
    this.sessionUser = result.user;
    // Amplify dispatches Hub signIn before the call resolves.
    this.emit({ type: 'signIn', user: result.user });
    return result;
  }

  private async call<K extends FakeMethod>(
    method: K,
    input: Input<K>,
    fallback: FakeHandler<K>,
  ): Promise<Output<K>> {
    this.calls.push({ method, input: redact(input) });
    const held = this.gates[method]?.shift();
    if (held) {
      held.arrived();
      await held.wait;
    }
    const handler = (this.handlers[method] as FakeHandler<K> | undefined) ?? fallback;
    return handler(input);
  }
}
