/** Turning whatever a service rejected with into a typed `AuthError`. */
import { coreMessages } from './messages.js';
import type { AuthError, AuthErrorCode } from './types.js';

const KNOWN_CODES: ReadonlySet<AuthErrorCode> = new Set<AuthErrorCode>([
  'NotAuthorized', 'UserNotFound', 'UsernameExists', 'CodeMismatch', 'ExpiredCode', 'LimitExceeded',
  'TooManyRequests', 'TooManyFailedAttempts', 'InvalidPassword', 'InvalidParameter', 'UserNotConfirmed',
  'PasswordResetRequired', 'AliasExists', 'CodeDeliveryFailure', 'EnableSoftwareTokenMFA',
  'SoftwareTokenMFANotFound', 'MFAMethodNotFound', 'UserLambdaValidation', 'NetworkError',
  'NotConfigured', 'UnsupportedChallenge', 'Validation', 'Unknown',
]);

export function isAuthError(value: unknown): value is AuthError {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message } = value as { code?: unknown; message?: unknown };
  return typeof message === 'string' && KNOWN_CODES.has(code as AuthErrorCode);
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
