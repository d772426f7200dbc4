/**
 * The shared vocabulary of the kit: steps, users, results and the `AuthService` contract.
 * Pure types only; nothing here touches the DOM or Amplify.
 */

/** The machine's routes. Names follow Amplify UI so its users feel at home. */
export type Step =
  | 'setup'
  | 'signIn'
  | 'signUp'
  | 'confirmSignUp'
  | 'confirmSignIn'
  | 'selectMfaType'
  | 'setupTotp'
  | 'forceNewPassword'
  | 'forgotPassword'
  | 'confirmResetPassword'
  | 'verifyUser'
  | 'confirmVerifyUser'
  | 'authenticated'
  | 'signOut';

/** Steps a page may start on (`initial-step`). */
export type InitialStep = 'signIn' | 'signUp' | 'forgotPassword';

export type LoginMechanism = 'username' | 'email' | 'phone_number';

export type ContactAttribute = 'email' | 'phone_number';

export type StandardAttribute =
  | 'email'
  | 'phone_number'
  | 'name'
  | 'given_name'
  | 'family_name'
  | 'middle_name'
  | 'nickname'
  | 'preferred_username'
  | 'birthdate'
  | 'profile'
  | 'website'
  | 'address'
  | 'gender'
  | 'locale'
  | 'picture'
  | 'updated_at'
  | 'zoneinfo';

export type SignUpAttribute = StandardAttribute | `custom:${string}`;

export type SocialProvider = 'amazon' | 'apple' | 'facebook' | 'google';

/** MFA methods as the user chooses them. */
export type MfaType = 'SMS' | 'TOTP';

/** Challenges Cognito can answer a sign-in with (Amplify v5 `challengeName`). */
export type ChallengeName =
  | 'SMS_MFA'
  | 'SOFTWARE_TOKEN_MFA'
  | 'SELECT_MFA_TYPE'
  | 'MFA_SETUP'
  | 'NEW_PASSWORD_REQUIRED'
  | 'CUSTOM_CHALLENGE';

/** Where Cognito sent a code. `destination` is already masked by Cognito (`a***@e***`). */
export interface CodeDelivery {
  attributeName?: string;
  deliveryMedium?: 'EMAIL' | 'SMS' | string;
  destination?: string;
}

/** The signed-in (or signing-in) user, as plain data. Never carries tokens. */
export interface AuthUser {
  username: string;
  attributes: Record<string, string>;
}

/** A translatable message: `key` is the English text (may hold `{name}` placeholders). */
export interface Message {
  key: string;
  values?: Record<string, string | number>;
}

/** Error codes the kit knows. Cognito exception names drop the `Exception` suffix. */
export type AuthErrorCode =
  | 'NotAuthorized'
  | 'UserNotFound'
  | 'UsernameExists'
  | 'CodeMismatch'
  | 'ExpiredCode'
  | 'LimitExceeded'
  | 'TooManyRequests'
  | 'TooManyFailedAttempts'
  | 'InvalidPassword'
  | 'InvalidParameter'
  | 'UserNotConfirmed'
  | 'PasswordResetRequired'
  | 'AliasExists'
  | 'CodeDeliveryFailure'
  | 'EnableSoftwareTokenMFA'
  | 'SoftwareTokenMFANotFound'
  | 'MFAMethodNotFound'
  | 'UserLambdaValidation'
  | 'NetworkError'
  | 'NotConfigured'
  | 'UnsupportedChallenge'
  | 'Validation'
  | 'Unknown';

/**
 * A typed failure. `message` is English (a Cognito message or one of ours) and is the
 * translation key; elements render it as text, never HTML.
 */
export interface AuthError {
  code: AuthErrorCode;
  message: string;
  /** Placeholder values when `message` is one of our own templated keys. */
  values?: Record<string, string | number>;
}

/** The pool's password rules, when known (from config or options). */
export interface PasswordPolicy {
  minLength?: number;
  requireLowercase?: boolean;
  requireUppercase?: boolean;
  requireNumbers?: boolean;
  requireSymbols?: boolean;
}

/**
 * What a sign-in-like call ended in. `handle` is the opaque Amplify `CognitoUser` the next
 * challenge answer needs; the machine passes it back untouched and drops it on leaving the flow.
 */
export type SignInResult =
  | { kind: 'signedIn'; user: AuthUser; handle?: unknown }
  | {
      kind: 'challenge';
      challenge: ChallengeName;
      user: AuthUser;
      handle: unknown;
      /** SMS_MFA: where the code went. */
      codeDelivery?: CodeDelivery;
      /** NEW_PASSWORD_REQUIRED: attribute names the pool requires (no `userAttributes.` prefix). */
      requiredAttributes?: string[];
      /** SELECT_MFA_TYPE: the methods offered. */
      mfaTypes?: MfaType[];
    };

export interface SignUpResult {
  userConfirmed: boolean;
  userSub?: string;
  codeDelivery?: CodeDelivery;
}

export interface VerifiedContact {
  verified: Partial<Record<ContactAttribute, string>>;
  unverified: Partial<Record<ContactAttribute, string>>;
}

/** Events the service reports from outside the flow (Amplify Hub `auth` channel). */
export type ExternalEvent =
  | { type: 'tokenRefresh' }
  | { type: 'tokenRefresh_failure' }
  | { type: 'autoSignIn'; result: SignInResult }
  | { type: 'autoSignIn_failure'; error: AuthError }
  | { type: 'signIn'; user: AuthUser }
  | { type: 'signOut' }
  | { type: 'cognitoHostedUI'; user: AuthUser }
  | { type: 'cognitoHostedUI_failure'; error: AuthError };

/**
 * Everything the flow needs from a backend. `AmplifyAuthService` implements it with
 * Amplify v5 `Auth`; tests use fakes. Every method rejects with an `AuthError`.
 */
export interface AuthService {
  /** The restored session's user, or null when nobody is signed in. */
  currentUser(): Promise<AuthUser | null>;
  signIn(input: { username: string; password: string }): Promise<SignInResult>;
  signUp(input: {
    username: string;
    password: string;
    attributes: Record<string, string>;
    autoSignIn: boolean;
  }): Promise<SignUpResult>;
  confirmSignUp(input: { username: string; code: string }): Promise<void>;
  resendSignUpCode(input: { username: string }): Promise<CodeDelivery | undefined>;
  /** Answers SMS_MFA / SOFTWARE_TOKEN_MFA. */
  confirmSignIn(input: {
    handle: unknown;
    code: string;
    mfaType: 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA';
  }): Promise<SignInResult>;
  /** Answers SELECT_MFA_TYPE (CognitoUser.sendMFASelectionAnswer). */
  selectMfaType(input: { handle: unknown; mfaType: MfaType }): Promise<SignInResult>;
  /** MFA_SETUP: associates a software token and returns its secret. */
  setupTotp(input: { handle: unknown }): Promise<string>;
  /** MFA_SETUP: verifies the first code, makes TOTP preferred and finishes sign-in. */
  verifyTotp(input: { handle: unknown; code: string }): Promise<SignInResult>;
  completeNewPassword(input: {
    handle: unknown;
    password: string;
    attributes: Record<string, string>;
  }): Promise<SignInResult>;
  forgotPassword(input: { username: string }): Promise<CodeDelivery | undefined>;
  confirmForgotPassword(input: { username: string; code: string; password: string }): Promise<void>;
  verifiedContact(input: { handle?: unknown }): Promise<VerifiedContact>;
  verifyAttribute(input: { attribute: ContactAttribute }): Promise<CodeDelivery | undefined>;
  confirmVerifyAttribute(input: { attribute: ContactAttribute; code: string }): Promise<void>;
  signOut(input?: { global?: boolean }): Promise<void>;
  federatedSignIn(input: { provider: SocialProvider }): Promise<void>;
  /** Subscribes to external events; returns the unsubscribe function. */
  listen(listener: (event: ExternalEvent) => void): () => void;
}

/** Options the flow runs with (attributes and config feed these; explicit options win). */
export interface FlowOptions {
  initialStep: InitialStep;
  loginMechanisms: LoginMechanism[];
  signUpAttributes: SignUpAttribute[];
  socialProviders: SocialProvider[];
  passwordPolicy?: PasswordPolicy;
  /** Contacts Cognito verifies (aws_cognito_verification_mechanisms). */
  verificationMechanisms: ContactAttribute[];
  /** 'link': confirm sign-up waits for the emailed link instead of asking for a code. */
  signUpVerificationMethod: 'code' | 'link';
  hideSignUp: boolean;
  /** Issuer shown in authenticator apps for TOTP setup. */
  totpIssuer: string;
  /** The pool's MFA setting (aws_cognito_mfa_configuration / aws_cognito_mfa_types), when known. */
  mfa?: { configuration: 'OFF' | 'ON' | 'OPTIONAL'; types: MfaType[] };
  /** Extra validation of sign-up values (services.validateCustomSignUp); returns field → message. */
  validateCustomSignUp?: (
    values: Record<string, string>,
  ) => Record<string, Message> | undefined | Promise<Record<string, Message> | undefined>;
}

/**
 * Field names each step submits. Phone values arrive as one string (dial code + number);
 * the machine strips everything but `+` and digits. Sign-up's login field is named after the
 * first login mechanism (`username`, `email` or `phone_number`); sign in and forgot password
 * always use `username` whatever it holds.
 */
export interface StepValues {
  signIn: { username: string; password: string };
  signUp: Record<string, string> & { password: string; confirm_password: string };
  confirmSignUp: { code: string };
  confirmSignIn: { code: string };
  selectMfaType: { mfa_type: MfaType };
  setupTotp: { code: string };
  forceNewPassword: Record<string, string> & { password: string; confirm_password: string };
  forgotPassword: { username: string };
  confirmResetPassword: { code: string; password: string; confirm_password: string };
  verifyUser: { attribute: ContactAttribute };
  confirmVerifyUser: { code: string };
}

export type FormStep = keyof StepValues;

/** TOTP setup data for the QR code. Secret only: never put it in an event, attribute or log. */
export interface TotpSetup {
  secret: string;
  /** otpauth://totp/{issuer}:{username}?secret={secret}&issuer={issuer} */
  uri: string;
}

/**
 * What a UI reads from a flow. Elements render this and nothing else; it never holds a
 * password or code.
 */
export interface FlowView {
  step: Step;
  previousStep: Step | undefined;
  pending: boolean;
  /** Form-level error (server or validation summary), shown in the form's alert region. */
  error: AuthError | undefined;
  /** Per-field validation messages, keyed by field name. */
  fieldErrors: Record<string, Message>;
  /** An informational message, e.g. after a password reset: "Your password has been changed". */
  notice: Message | undefined;
  user: AuthUser | undefined;
  /** The username in play (for display and to prefill the next step); never a secret. */
  username: string | undefined;
  codeDelivery: CodeDelivery | undefined;
  totpSetup: TotpSetup | undefined;
  /** forceNewPassword: attributes the challenge requires. */
  requiredAttributes: string[];
  /** selectMfaType: methods offered. */
  mfaTypes: MfaType[];
  /** verifyUser: unverified contacts (masked values from the user's attributes). */
  unverifiedContacts: Partial<Record<ContactAttribute, string>>;
  /** confirmSignUp with `signUpVerificationMethod: 'link'`: waiting for the emailed link. */
  awaitingLink: boolean;
  options: FlowOptions;
}

/**
 * What happened, for the page. Elements re-dispatch these as the DOM events of DESIGN.md
 * (`auth-step-change`, `auth-signed-in`, ...). Never carries a password, code, secret or token.
 */
export type FlowEvent =
  | { type: 'stepChange'; step: Step; previousStep: Step | undefined }
  | { type: 'signedIn'; username: string; attributes: Record<string, string> }
  | { type: 'signedUp'; username: string; userConfirmed: boolean; codeDelivery: CodeDelivery | undefined }
  | { type: 'signedOut' }
  | { type: 'error'; step: Step; error: AuthError };

/** How a form was shown, where validation depends on it. */
export interface SubmitOptions {
  /**
   * Sign-up attributes the form shows as optional (formFields `required: false`): left empty,
   * they are not sent and not an error. Login, password and code fields are always required.
   */
  optional?: readonly string[];
}

/** The headless API (the equivalent of Amplify UI's `useAuthenticator`). */
export interface AuthFlowApi extends FlowView {
  /** Called after every change of the view (step, pending, errors, ...). */
  subscribe(listener: (flow: FlowView) => void): () => void;
  /** Called once per thing that happened (see `FlowEvent`). */
  onEvent(listener: (event: FlowEvent) => void): () => void;
  /** Begins the flow: restores an existing session or shows the initial step. */
  start(): Promise<void>;
  submit<S extends FormStep>(step: S, values: StepValues[S], options?: SubmitOptions): Promise<void>;
  resendCode(): Promise<void>;
  toSignUp(): void;
  toSignIn(): void;
  toForgotPassword(): void;
  skip(): void;
  signOut(): Promise<void>;
  federatedSignIn(provider: SocialProvider): Promise<void>;
  /** Stops listening to the service (Hub) and drops every held secret. */
  dispose(): void;
}
