import { AuthErrorStrings } from '@aws-amplify/auth';
import { isAuthError } from '../core/errors.js';
import type { AuthError, AuthErrorCode } from '../core/types.js';

/** Shown for every network-level failure; Cognito's own text is meaningless to a user there. */
export const NETWORK_ERROR_MESSAGE = 'Network error: check your connection and try again';
/** Amplify UI's wording for a missing or broken Auth configuration. */
export const NOT_CONFIGURED_MESSAGE =
  'Configuration error (see console) – please contact the administrator';
/** Used when a failure carries no message at all. */
export const DEFAULT_ERROR_MESSAGE = AuthErrorStrings.DEFAULT_MSG;

/** Cognito exception names (without `Exception`) that keep their own code. */
const COGNITO_CODES = new Set<AuthErrorCode>([
  'NotAuthorized',
  'UserNotFound',
  'UsernameExists',
  'CodeMismatch',
  'ExpiredCode',
  'LimitExceeded',
  'TooManyRequests',
  'TooManyFailedAttempts',
  'InvalidPassword',
  'InvalidParameter',
  'UserNotConfirmed',
  'PasswordResetRequired',
  'AliasExists',
  'CodeDeliveryFailure',
  'EnableSoftwareTokenMFA',
  'SoftwareTokenMFANotFound',
  'MFAMethodNotFound',
  'UserLambdaValidation',
]);

/** Codes of failures that mean "the service could not be reached or answered garbage". */
const NETWORK_CODES = new Set(['NetworkError', 'InternalError']);

/** Messages fetch and amazon-cognito-identity-js use when the request never got an answer. */
const NETWORK_MESSAGES = new Set([
  'network error', // amazon-cognito-identity-js Client, after fetch's TypeError
  'network error.',
  'networkerror',
  AuthErrorStrings.NETWORK_ERROR.toLowerCase(),
  'failed to fetch', // Chromium
  'load failed', // Safari
  'networkerror when attempting to fetch resource.', // Firefox
]);

/** Names and messages of a missing or invalid Auth configuration. */
const NOT_CONFIGURED_NAMES = new Set(['NoUserPoolError']);
const NOT_CONFIGURED_MESSAGES = [
  /^no userpool$/i,
  /auth is not configured/i,
  /has not been configured/i,
  /^Both UserPoolId and ClientId are required\.?$/,
  /^Invalid UserPoolId format\.?$/,
  /^Federation requires either a User Pool or Identity Pool/,
];

/** Amplify's and amazon-cognito-identity-js's checks of empty or malformed input. */
const VALIDATION_MESSAGES = new Set<string>([
  AuthErrorStrings.EMPTY_USERNAME,
  AuthErrorStrings.EMPTY_PASSWORD,
  AuthErrorStrings.EMPTY_CODE,
  AuthErrorStrings.EMPTY_EMAIL,
  AuthErrorStrings.EMPTY_PHONE,
  AuthErrorStrings.INVALID_USERNAME,
  AuthErrorStrings.EMPTY_CHALLENGE,
  AuthErrorStrings.NO_MFA,
  AuthErrorStrings.INVALID_MFA,
  AuthErrorStrings.SIGN_UP_ERROR,
  'PASSWORD parameter is required',
  'New password is required.',
]);

/** What Amplify rejects with when no session exists (sometimes as a bare string). */
const NO_SESSION_MESSAGES = new Set([
  'The user is not authenticated',
  'No current user',
  'User is not authenticated',
  AuthErrorStrings.NO_USER_SESSION,
]);

interface ErrorShape {
  code?: unknown;
  name?: unknown;
  message?: unknown;
  statusCode?: unknown;
}

/**
 * Turns whatever an Amplify v5 / Cognito call rejected with into a typed `AuthError`.
 * Cognito exceptions keep their message (it is the translation key); network and
 * configuration failures get our own English message. Never logs.
 */
export function toAuthError(error: unknown): AuthError {
  if (isOwnAuthError(error)) return error;
  if (typeof error === 'string') return fromParts(undefined, undefined, error, undefined);
  if (error && typeof error === 'object') {
    const { code, name, message, statusCode } = error as ErrorShape;
    return fromParts(
      typeof code === 'string' ? code : undefined,
      typeof name === 'string' ? name : undefined,
      typeof message === 'string' ? message : '',
      typeof statusCode === 'number' ? statusCode : undefined,
      error instanceof TypeError || error instanceof SyntaxError,
    );
  }
  return { code: 'Unknown', message: DEFAULT_ERROR_MESSAGE };
}

function fromParts(
  code: string | undefined,
  name: string | undefined,
  message: string,
  statusCode: number | undefined,
  isTypeError = false,
): AuthError {
  const kind = [code, name].map(withoutSuffix).find((k) => k && k !== 'Error');
  if (kind && COGNITO_CODES.has(kind as AuthErrorCode)) {
    return { code: kind as AuthErrorCode, message: redact(message) || DEFAULT_ERROR_MESSAGE };
  }
  if (isNetwork(kind, message, statusCode, isTypeError)) {
    return { code: 'NetworkError', message: NETWORK_ERROR_MESSAGE };
  }
  if (
    (name && NOT_CONFIGURED_NAMES.has(name)) ||
    NOT_CONFIGURED_MESSAGES.some((pattern) => pattern.test(message))
  ) {
    return { code: 'NotConfigured', message: NOT_CONFIGURED_MESSAGE };
  }
  if (VALIDATION_MESSAGES.has(message)) return { code: 'Validation', message };
  if (NO_SESSION_MESSAGES.has(message)) return { code: 'NotAuthorized', message };
  return { code: 'Unknown', message: redact(message) || DEFAULT_ERROR_MESSAGE };
}

function withoutSuffix(value: string | undefined): string | undefined {
  return value?.replace(/Exception$/, '');
}

function isNetwork(
  kind: string | undefined,
  message: string,
  statusCode: number | undefined,
  isTypeError: boolean,
): boolean {
  if (kind && NETWORK_CODES.has(kind)) return true;
  if (NETWORK_MESSAGES.has(message.trim().toLowerCase())) return true;
  if (statusCode !== undefined && statusCode >= 500) return true;
  // A non-JSON or truncated answer (proxy, HTML page, broken server) surfaces from
  // amazon-cognito-identity-js as a TypeError (`…split`, `reading 'USER_ID_FOR_SRP'`) or a
  // SyntaxError: never show that text, treat it as a failed exchange the user can retry.
  return isTypeError;
}

/**
 * AWS validation messages can quote the offending value (e.g. an email): drop it. An error
 * rebuilt from the `x-amzn-errortype` header has only the HTTP status as message: no text.
 */
function redact(message: string): string {
  return /^\d{3}$/.test(message) ? '' : message.replace(/Value '[^']*' at/g, 'Value at');
}

/** Already ours (a rethrown AuthError). Library errors are `Error`s even when their code
 * matches one of ours (the client's `NetworkError`), so they still get our wording. */
function isOwnAuthError(value: unknown): value is AuthError {
  return !(value instanceof Error) && isAuthError(value);
}
