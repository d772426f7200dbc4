import { AuthErrorStrings } from '@aws-amplify/auth';
import { COGNITO_CODES, isAuthError } from '../core/errors.js';
import { asRecord, stringOr } from './values.js';
import type { AuthError, AuthErrorCode } from '../core/types.js';

/** Shown for every network-level failure; Cognito's own text is meaningless to a user there. */
export const NETWORK_ERROR_MESSAGE = 'Network error: check your connection and try again';
/** Amplify UI's wording for a missing or broken Auth configuration. */
export const NOT_CONFIGURED_MESSAGE =
  'Configuration error (see console) – please contact the administrator';
/** Used when a failure carries no message at all. */
export const DEFAULT_ERROR_MESSAGE = AuthErrorStrings.DEFAULT_MSG;

/** Codes of failures that mean "the service could not be reached or answered garbage". */
const NETWORK_CODES = ['NetworkError', 'InternalError'];

/** Messages (trimmed, lower case) of a request that never got an answer. */
const NETWORK_MESSAGES = [
  // amazon-cognito-identity-js Client, after fetch's TypeError; also Amplify's NETWORK_ERROR
  'network error',
  'network error.',
  'networkerror',
  'failed to fetch', // Chromium
  'load failed', // Safari
  'networkerror when attempting to fetch resource.', // Firefox
];

/** Messages of a missing or invalid Auth configuration (or the error named NoUserPoolError). */
const NOT_CONFIGURED_MESSAGES = [
  /^no userpool$/i,
  /auth is not configured/i,
  /has not been configured/i,
  /^Both UserPoolId and ClientId are required\.?$/,
  /^Invalid UserPoolId format\.?$/,
  /^Federation requires either a User Pool or Identity Pool/,
];

/** Amplify's and amazon-cognito-identity-js's checks of empty or malformed input. */
const VALIDATION_MESSAGES: string[] = [
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
];

/** What Amplify rejects with when no session exists (sometimes as a bare string). */
const NO_SESSION_MESSAGES: string[] = [
  'The user is not authenticated',
  'No current user',
  'User is not authenticated',
  AuthErrorStrings.NO_USER_SESSION,
];

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
  // Already ours (a rethrown AuthError). Library errors are `Error`s even when their code
  // matches one of ours (the client's `NetworkError`), so they still get our wording.
  if (!(error instanceof Error) && isAuthError(error)) return error;
  const shape: ErrorShape = typeof error === 'string' ? { message: error } : asRecord(error);
  const name = stringOr(shape.name);
  const message = stringOr(shape.message) ?? '';
  const kind = [stringOr(shape.code), name].map((k) => k?.replace(/Exception$/, '')).find((k) => k && k !== 'Error');
  if (kind && (COGNITO_CODES as readonly string[]).includes(kind)) {
    return { code: kind as AuthErrorCode, message: redact(message) || DEFAULT_ERROR_MESSAGE };
  }
  if (
    (kind && NETWORK_CODES.includes(kind)) ||
    NETWORK_MESSAGES.includes(message.trim().toLowerCase()) ||
    (typeof shape.statusCode === 'number' && shape.statusCode >= 500) ||
    // A non-JSON or truncated answer (proxy, HTML page, broken server) surfaces from
    // amazon-cognito-identity-js as a TypeError (`…split`, `reading 'USER_ID_FOR_SRP'`) or a
    // SyntaxError: never show that text, treat it as a failed exchange the user can retry.
    error instanceof TypeError ||
    error instanceof SyntaxError
  ) {
    return { code: 'NetworkError', message: NETWORK_ERROR_MESSAGE };
  }
  if (name === 'NoUserPoolError' || NOT_CONFIGURED_MESSAGES.some((pattern) => pattern.test(message))) {
    return { code: 'NotConfigured', message: NOT_CONFIGURED_MESSAGE };
  }
  if (VALIDATION_MESSAGES.includes(message)) return { code: 'Validation', message };
  if (NO_SESSION_MESSAGES.includes(message)) return { code: 'NotAuthorized', message };
  return { code: 'Unknown', message: redact(message) || DEFAULT_ERROR_MESSAGE };
}

/**
 * AWS validation messages can quote the offending value (e.g. an email): drop it. An error
 * rebuilt from the `x-amzn-errortype` header has only the HTTP status as message: no text.
 */
function redact(message: string): string {
  return /^\d{3}$/.test(message) ? '' : message.replace(/Value '[^']*' at/g, 'Value at');
}
