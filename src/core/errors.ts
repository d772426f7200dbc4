/** Turning whatever a service rejected with into a typed `AuthError`. */
import { coreMessages } from './messages.js';
import type { AuthError, AuthErrorCode } from './types.js';

/** Cognito exception names (without `Exception`) that keep their own code (the adapter's list too). */
export const COGNITO_CODES = [
  'NotAuthorized', 'UserNotFound', 'UsernameExists', 'CodeMismatch', 'ExpiredCode', 'LimitExceeded',
  'TooManyRequests', 'TooManyFailedAttempts', 'InvalidPassword', 'InvalidParameter', 'UserNotConfirmed',
  'PasswordResetRequired', 'AliasExists', 'CodeDeliveryFailure', 'EnableSoftwareTokenMFA',
  'SoftwareTokenMFANotFound', 'MFAMethodNotFound', 'UserLambdaValidation',
] as const satisfies readonly AuthErrorCode[];

const KNOWN_CODES = [
  ...COGNITO_CODES, 'NetworkError', 'NotConfigured', 'UnsupportedChallenge', 'Validation', 'Unknown',
] as const satisfies readonly AuthErrorCode[];

// A compile error here means KNOWN_CODES misses a code of AuthErrorCode.
const complete: Exclude<AuthErrorCode, (typeof KNOWN_CODES)[number]> extends never ? true : never = true;
void complete;

export function isAuthError(value: unknown): value is AuthError {
  const error = value as { code?: unknown; message?: unknown } | null | undefined;
  return typeof error?.message === 'string' && (KNOWN_CODES as readonly unknown[]).includes(error.code);
}

/** An `AuthError` as is; anything else becomes `{ code: 'Unknown', message }`. */
export function toAuthError(value: unknown): AuthError {
  if (isAuthError(value)) {
    const { code, message, values } = value;
    return values ? { code, message, values } : { code, message };
  }
  const message = value instanceof Error ? value.message : typeof value === 'string' ? value : '';
  return { code: 'Unknown', message: message || coreMessages.unknownError };
}
