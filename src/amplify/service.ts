import { Auth, AuthErrorStrings, CognitoHostedUIIdentityProvider } from '@aws-amplify/auth';
import type { CognitoUser } from '@aws-amplify/auth';
import { Hub } from '@aws-amplify/core';
import type {
  AuthError,
  AuthService,
  AuthUser,
  ChallengeName,
  CodeDelivery,
  ContactAttribute,
  ExternalEvent,
  MfaType,
  SignInResult,
  SignUpResult,
  SocialProvider,
  VerifiedContact,
} from '../core/types.js';
import { UNSUPPORTED_CHALLENGE_MESSAGE } from '../core/messages.js';
import { CONTACTS, MFA_TYPES } from './config.js';
import { toAuthError } from './errors.js';
import { asRecord, isRecord, list, stringOr } from './values.js';

/** The part of Amplify v5's `Auth` singleton the service calls (tests may pass their own). */
export type AmplifyAuth = Pick<
  typeof Auth,
  | 'configure'
  | 'currentAuthenticatedUser'
  | 'currentUserPoolUser'
  | 'signIn'
  | 'signUp'
  | 'confirmSignUp'
  | 'resendSignUp'
  | 'confirmSignIn'
  | 'setupTOTP'
  | 'verifyTotpToken'
  | 'setPreferredMFA'
  | 'completeNewPassword'
  | 'forgotPassword'
  | 'forgotPasswordSubmit'
  | 'verifiedContact'
  | 'verifyUserAttribute'
  | 'verifyCurrentUserAttributeSubmit'
  | 'signOut'
  | 'federatedSignIn'
>;

/** The part of Amplify's `Hub` the service listens with. */
export type AmplifyHub = Pick<typeof Hub, 'listen'>;

export interface AmplifyAuthServiceOptions {
  /** Defaults to the `Auth` singleton of '@aws-amplify/auth'. */
  auth?: AmplifyAuth;
  /** Defaults to the `Hub` of '@aws-amplify/core'. */
  hub?: AmplifyHub;
  /** Sent to Cognito (and its Lambda triggers) by every call that accepts it. */
  clientMetadata?: Record<string, string>;
}

const CHALLENGES: readonly string[] = [
  'SMS_MFA',
  'SOFTWARE_TOKEN_MFA',
  'SELECT_MFA_TYPE',
  'MFA_SETUP',
  'NEW_PASSWORD_REQUIRED',
  'CUSTOM_CHALLENGE',
] satisfies ChallengeName[];

const MFA_ANSWERS: Record<MfaType, 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA'> = {
  SMS: 'SMS_MFA',
  TOTP: 'SOFTWARE_TOKEN_MFA',
};

/** A CognitoUser as Amplify v5 decorates it (challenge fields and `attributes` are added). */
type AmplifyUser = CognitoUser & {
  challengeParam?: Record<string, unknown>;
  attributes?: Record<string, unknown>;
};

interface CognitoCodeDelivery {
  AttributeName?: string;
  DeliveryMedium?: string;
  Destination?: string;
}

/**
 * `AuthService` over Amplify v5 `Auth`: each method is one Amplify call (or a short chain of
 * them), every rejection becomes an `AuthError`, and no result carries a token.
 */
export class AmplifyAuthService implements AuthService {
  readonly #auth: AmplifyAuth;
  readonly #hub: AmplifyHub;
  readonly #metadata: Record<string, string> | undefined;

  constructor(options: AmplifyAuthServiceOptions = {}) {
    this.#auth = options.auth ?? Auth;
    this.#hub = options.hub ?? Hub;
    this.#metadata = options.clientMetadata;
  }

  async currentUser(): Promise<AuthUser | null> {
    try {
      return toAuthUser(await this.#auth.currentAuthenticatedUser());
    } catch (error) {
      // v5 rejects with the string 'The user is not authenticated' when nobody is signed in.
      if (typeof error === 'string') return null;
      throw toAuthError(error);
    }
  }

  signIn(input: { username: string; password: string }): Promise<SignInResult> {
    return guard(async () => {
      // An empty password silently switches v5 to the CUSTOM_AUTH flow: refuse it here.
      if (!input.password) throw validation(AuthErrorStrings.EMPTY_PASSWORD);
      const user = await this.#auth.signIn(
        { username: input.username, password: input.password },
        undefined,
        this.#metadata,
      );
      return this.#settle(user);
    });
  }

  signUp(input: {
    username: string;
    password: string;
    attributes: Record<string, string>;
    autoSignIn: boolean;
  }): Promise<SignUpResult> {
    return guard(async () => {
      // Amplify treats an undefined clientMetadata as absent (its configured metadata applies).
      const result = await this.#auth.signUp({
        username: input.username,
        password: input.password,
        attributes: input.attributes,
        clientMetadata: this.#metadata,
        autoSignIn: { enabled: input.autoSignIn, clientMetaData: this.#metadata },
      });
      return {
        userConfirmed: result.userConfirmed,
        userSub: result.userSub,
        codeDelivery: toCodeDelivery(result.codeDeliveryDetails),
      };
    });
  }

  confirmSignUp(input: { username: string; code: string }): Promise<void> {
    return guard(async () => {
      await this.#auth.confirmSignUp(input.username, input.code, {
        clientMetadata: this.#metadata,
      });
    });
  }

  resendSignUpCode(input: { username: string }): Promise<CodeDelivery | undefined> {
    return guard(async () => {
      const data = await this.#auth.resendSignUp(input.username, this.#metadata);
      return toCodeDelivery(data?.CodeDeliveryDetails);
    });
  }

  confirmSignIn(input: {
    handle: unknown;
    code: string;
    mfaType: 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA';
  }): Promise<SignInResult> {
    return guard(async () => {
      const user = asUser(input.handle);
      await this.#auth.confirmSignIn(user, input.code, input.mfaType, this.#metadata);
      return this.#settle(user);
    });
  }

  selectMfaType(input: { handle: unknown; mfaType: MfaType }): Promise<SignInResult> {
    return guard(async () => {
      const user = asUser(input.handle);
      const answer = MFA_ANSWERS[input.mfaType];
      // v5 `Auth` has no wrapper for this answer: call the CognitoUser as Auth itself would.
      await new Promise<void>((resolve, reject) => {
        const challenge = (name: string | undefined, params: unknown) => {
          user.challengeName = (name ?? answer) as ChallengeName;
          user.challengeParam = asRecord(params);
          resolve();
        };
        user.sendMFASelectionAnswer(answer, {
          mfaRequired: challenge,
          totpRequired: challenge,
          onSuccess: () => resolve(),
          onFailure: reject,
        });
      });
      return this.#settle(user);
    });
  }

  setupTotp(input: { handle: unknown }): Promise<string> {
    return guard(() => this.#auth.setupTOTP(asUser(input.handle)));
  }

  verifyTotp(input: { handle: unknown; code: string }): Promise<SignInResult> {
    return guard(async () => {
      const user = asUser(input.handle);
      await this.#auth.verifyTotpToken(user, input.code);
      try {
        await this.#auth.setPreferredMFA(user, 'TOTP');
      } catch {
        // Cognito enabled the token when it accepted the code and the user is signed in;
        // failing to mark it preferred must not undo that.
      }
      return this.#settle(user);
    });
  }

  completeNewPassword(input: {
    handle: unknown;
    password: string;
    attributes: Record<string, string>;
  }): Promise<SignInResult> {
    return guard(async () => {
      const user = asUser(input.handle);
      const next = await this.#auth.completeNewPassword(
        user,
        input.password,
        input.attributes,
        this.#metadata,
      );
      return this.#settle(next ?? user);
    });
  }

  forgotPassword(input: { username: string }): Promise<CodeDelivery | undefined> {
    return guard(async () => {
      const data = await this.#auth.forgotPassword(input.username, this.#metadata);
      return toCodeDelivery(data?.CodeDeliveryDetails);
    });
  }

  confirmForgotPassword(input: { username: string; code: string; password: string }): Promise<void> {
    return guard(async () => {
      await this.#auth.forgotPasswordSubmit(
        input.username,
        input.code,
        input.password,
        this.#metadata,
      );
    });
  }

  verifiedContact(input: { handle?: unknown }): Promise<VerifiedContact> {
    return guard(async () => {
      const user = input.handle ?? (await this.#auth.currentAuthenticatedUser());
      const contact = (await this.#auth.verifiedContact(asUser(user))) as {
        verified?: unknown;
        unverified?: unknown;
      };
      return { verified: contacts(contact.verified), unverified: contacts(contact.unverified) };
    });
  }

  verifyAttribute(input: { attribute: ContactAttribute }): Promise<CodeDelivery | undefined> {
    return guard(async () => {
      // What Auth.verifyCurrentUserAttribute does, but with our clientMetadata. v5 resolves
      // with nothing here, so where the code went is unknown.
      const user = await this.#auth.currentUserPoolUser();
      await this.#auth.verifyUserAttribute(user, input.attribute, this.#metadata);
      return undefined;
    });
  }

  confirmVerifyAttribute(input: { attribute: ContactAttribute; code: string }): Promise<void> {
    return guard(async () => {
      await this.#auth.verifyCurrentUserAttributeSubmit(input.attribute, input.code);
    });
  }

  signOut(input: { global?: boolean } = {}): Promise<void> {
    return guard(() => this.#auth.signOut({ global: input.global === true }));
  }

  federatedSignIn(input: { provider: SocialProvider }): Promise<void> {
    return guard(async () => {
      // Without `oauth` v5 dies on a TypeError deep inside; say what is wrong instead.
      const config = this.#auth.configure() as { oauth?: unknown } | undefined;
      if (!config?.oauth) throw toAuthError('Auth is not configured for OAuth');
      await this.#auth.federatedSignIn({ provider: hostedUIProvider(input.provider) });
    });
  }

  listen(listener: (event: ExternalEvent) => void): () => void {
    return this.#hub.listen('auth', ({ payload }) => {
      const event = toExternalEvent(payload.event, payload.data, payload.message);
      if (event) listener(event);
    });
  }

  /**
   * The result of a sign-in-like call. When it signed in but the user object holds no loaded
   * attributes (completeNewPassword and verifyTotpToken do not load them; a NEW_PASSWORD_REQUIRED
   * user only has the stale ones of its challenge), reads the fresh user.
   */
  async #settle(user: unknown): Promise<SignInResult> {
    const result = toSignInResult(user);
    if (result.kind === 'challenge' || isRecord((user as AmplifyUser).attributes)) return result;
    try {
      const fresh: unknown = await this.#auth.currentAuthenticatedUser();
      return { kind: 'signedIn', user: toAuthUser(fresh), handle: fresh };
    } catch {
      return result; // signed in all the same; attributes will come with the next read
    }
  }
}

/** Creates the Amplify-backed `AuthService` (the default backend of the elements). */
export function createAmplifyAuthService(options: AmplifyAuthServiceOptions = {}): AuthService {
  return new AmplifyAuthService(options);
}

/** Maps one Hub `auth` payload; events the flow does not care about give undefined. */
export function toExternalEvent(
  event: string,
  data: unknown,
  message?: string,
): ExternalEvent | undefined {
  switch (event) {
    case 'tokenRefresh':
    case 'tokenRefresh_failure':
    case 'signOut':
      return { type: event };
    case 'signIn':
    case 'cognitoHostedUI':
      return { type: event, user: toAuthUser(data) };
    case 'autoSignIn':
      try {
        return { type: 'autoSignIn', result: toSignInResult(data) };
      } catch (error) {
        return { type: 'autoSignIn_failure', error: toAuthError(error) };
      }
    case 'autoSignIn_failure':
    case 'cognitoHostedUI_failure':
      // autoSignIn_failure carries its reason in `message`; the hosted UI's in `data`.
      return { type: event, error: toAuthError(data ?? message) };
    default:
      return undefined;
  }
}

/**
 * Maps an Amplify user (a CognitoUser, possibly mid-challenge) to a `SignInResult`. It is
 * signed in when it holds a valid session: Amplify leaves `challengeName` on the user after
 * confirmSignIn and completeNewPassword succeed.
 */
export function toSignInResult(value: unknown): SignInResult {
  const user = value as AmplifyUser;
  const challenge = user?.challengeName;
  if (!challenge || hasSession(user)) return { kind: 'signedIn', user: toAuthUser(user), handle: user };
  if (!CHALLENGES.includes(challenge)) {
    throw { code: 'UnsupportedChallenge', message: UNSUPPORTED_CHALLENGE_MESSAGE } satisfies AuthError;
  }
  const params = asRecord(user.challengeParam);
  const result: SignInResult = {
    kind: 'challenge',
    challenge: challenge as ChallengeName,
    user: toAuthUser(user),
    handle: user,
  };
  if (challenge === 'SMS_MFA') {
    result.codeDelivery = {
      attributeName: 'phone_number',
      deliveryMedium: stringOr(params.CODE_DELIVERY_DELIVERY_MEDIUM),
      destination: stringOr(params.CODE_DELIVERY_DESTINATION),
    };
  }
  if (challenge === 'NEW_PASSWORD_REQUIRED') {
    result.requiredAttributes = stringList(params.requiredAttributes).map((name) =>
      name.replace(/^userAttributes\./, ''),
    );
  }
  if (challenge === 'SELECT_MFA_TYPE') {
    result.mfaTypes = stringList(params.MFAS_CAN_CHOOSE).flatMap((name) =>
      MFA_TYPES.filter((type) => MFA_ANSWERS[type] === name),
    );
  }
  return result;
}

/** Username and string attributes only: never a token, whatever the user object holds. */
export function toAuthUser(value: unknown): AuthUser {
  const user = asRecord(value) as unknown as AmplifyUser & {
    username?: unknown;
    name?: unknown;
  };
  const username =
    typeof user.getUsername === 'function'
      ? user.getUsername()
      : stringOr(user.username) ?? stringOr(user.name) ?? '';
  const source = isRecord(user.attributes)
    ? user.attributes
    : asRecord(asRecord(user.challengeParam).userAttributes);
  const attributes: Record<string, string> = {};
  for (const [name, attribute] of Object.entries(source)) {
    if (['string', 'boolean', 'number'].includes(typeof attribute)) attributes[name] = String(attribute);
  }
  return { username, attributes };
}

/** Amplify's identity provider for ours: its enum key is our name capitalised (`google` → `Google`). */
function hostedUIProvider(provider: SocialProvider): CognitoHostedUIIdentityProvider {
  const key = (provider[0]!.toUpperCase() + provider.slice(1)) as Capitalize<SocialProvider>;
  return CognitoHostedUIIdentityProvider[key];
}

function toCodeDelivery(details: CognitoCodeDelivery | undefined): CodeDelivery | undefined {
  if (!details) return undefined;
  return {
    attributeName: details.AttributeName,
    deliveryMedium: details.DeliveryMedium,
    destination: details.Destination,
  };
}

function hasSession(user: AmplifyUser): boolean {
  return typeof user.getSignInUserSession === 'function' && !!user.getSignInUserSession()?.isValid();
}

function asUser(handle: unknown): AmplifyUser {
  if (!isRecord(handle)) throw toAuthError(AuthErrorStrings.NO_USER_SESSION);
  return handle as unknown as AmplifyUser;
}

async function guard<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toAuthError(error);
  }
}

function validation(message: string): AuthError {
  return { code: 'Validation', message };
}

function contacts(value: unknown): Partial<Record<ContactAttribute, string>> {
  const source = asRecord(value);
  const result: Partial<Record<ContactAttribute, string>> = {};
  for (const name of CONTACTS) {
    const contact = stringOr(source[name]);
    if (contact) result[name] = contact;
  }
  return result;
}

/** A JSON-encoded list (Cognito challenge parameters) or an actual list. */
function stringList(value: unknown): string[] {
  try {
    return list(typeof value === 'string' ? JSON.parse(value) : value) ?? [];
  } catch {
    return [];
  }
}
