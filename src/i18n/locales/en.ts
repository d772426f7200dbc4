/**
 * The English catalogue: every key the elements and the service layer show. English is the key
 * itself, so this module is never loaded at run time; it is the list translators (and the
 * typed dictionaries, via `Translation`) work from. Core validation keys come from
 * `src/core/messages.ts`.
 */
import type { CoreMessageKey } from '../../core/messages.js';

/**
 * Cognito's own error messages, as users see them (the service layer passes them through and
 * the elements translate them by their English text). Exact Cognito wording: do not edit.
 */
export const cognitoKeys = [
  'Incorrect username or password.',
  'User does not exist.',
  'User already exists',
  'An account with the given email already exists.',
  'Invalid verification code provided, please try again.',
  'Invalid code provided, please request a code again.',
  'Attempt limit exceeded, please try after some time.',
  'Password attempts exceeded',
  'User is disabled.',
  'An account with the given phone_number already exists.',
  'Invalid code or auth state for the user.',
  'Invalid code received for user',
  'Code mismatch',
  'Code mismatch and fail enable Software Token MFA',
  'Your software token has already been used once.',
  'Password reset required for the user',
  'User is already confirmed.',
  'User is not confirmed.',
  'User cannot be confirmed. Current status is CONFIRMED',
  'Username/client id combination not found.',
  'Custom auth lambda trigger is not configured for the user pool.',
  'Cannot reset password for the user as there is no registered/verified email or phone_number',
  'User password cannot be reset in the current state.',
  'Temporary password has expired and must be reset by an administrator.',
  'Invalid session for the user, session is expired.',
  'Invalid session for the user.',
  'Exceeded daily email limit for the operation or the account. If a higher limit is required, please configure your account to use your own email address.',
  'Invalid phone number format.',
  'Invalid email address format.',
  'Username should be either an email or a phone number.',
  'Password did not conform with policy: Password not long enough',
  'Password did not conform with policy: Password must have uppercase characters',
  'Password did not conform with policy: Password must have lowercase characters',
  'Password did not conform with policy: Password must have numeric characters',
  'Password did not conform with policy: Password must have symbol characters',
] as const;

export const uiKeys = [
  // Tabs, headings, buttons
  'Sign In',
  'Create Account',
  'Sign in',
  'Signing in…',
  'Creating Account…',
  'Sign in to your account',
  'Create a new account',
  'Forgot your password?',
  'Reset Password',
  'Send code',
  'Sending…',
  'Confirm',
  'Confirming…',
  'Submit',
  'Submitting…',
  'Resend Code',
  'Back to Sign In',
  'Change Password',
  'Changing…',
  'Verify',
  'Verifying…',
  'Skip',
  'Sign Out',
  'Signing out…',
  'or',
  'Sign In with Amazon',
  'Sign In with Apple',
  'Sign In with Facebook',
  'Sign In with Google',
  // Fields
  'Username',
  'Password',
  'Confirm Password',
  'Email',
  'Phone Number',
  'Country Code',
  'Confirmation Code',
  'Code',
  'New Password',
  'Show password',
  'Name',
  'Given Name',
  'Family Name',
  'Middle Name',
  'Nickname',
  'Preferred Username',
  'Birthdate',
  'Profile',
  'Website',
  'Address',
  'Gender',
  'Locale',
  'Picture',
  'Zone Info',
  // Confirm sign up
  'We Emailed You',
  'We Texted You',
  'We Sent A Code',
  'We emailed a code to {destination}. It may take a minute to arrive.',
  'We texted a code to {destination}. It may take a minute to arrive.',
  'We sent a code to {destination}. It may take a minute to arrive.',
  'Enter the code we sent you. It may take a minute to arrive.',
  'We emailed you a link. Follow it to confirm your account, then sign in.',
  // MFA
  'Confirm SMS Code',
  'Confirm TOTP Code',
  'Enter the code from your authenticator app.',
  'Choose how to receive your code',
  'Text message (SMS)',
  'Authenticator app (TOTP)',
  'Set up your authenticator app',
  'Scan this QR code with your authenticator app, or enter the setup key.',
  'QR code for your authenticator app',
  'Setup key',
  'Copy',
  'Copied',
  // Forgot password, verify user
  'Enter your username and we will send you a code to reset your password.',
  'Account recovery requires verified contact information',
  'Choose where to receive a verification code.',
  // Service errors (Amplify service layer; Cognito's own messages are `cognitoKeys`)
  'Network error: check your connection and try again',
  'Configuration error (see console) – please contact the administrator',
  'Authentication Error',
  'Email cannot be empty',
  'Phone number cannot be empty',
  ...cognitoKeys,
  'Username cannot be empty',
  'Password cannot be empty',
  'Confirmation code cannot be empty',
] as const;

export type UiKey = (typeof uiKeys)[number];
/** A complete dictionary: every key has a translation. */
export type Translation = Record<UiKey | CoreMessageKey, string>;

const en: Partial<Translation> = {};
export default en;
