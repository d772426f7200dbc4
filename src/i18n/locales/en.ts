/**
 * The English catalogue: every key the elements and the service layer show. English is the key
 * itself, so this module is never loaded at run time; it is the list translators (and the
 * typed dictionaries, via `Translation`) work from. Core validation keys come from
 * `src/core/messages.ts`.
 */
import type { CoreMessageKey } from '../../core/messages.js';

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
  // Service errors (Amplify service layer and common Cognito messages)
  'Network error: check your connection and try again',
  'Configuration error (see console) – please contact the administrator',
  'Authentication Error',
  'Incorrect username or password.',
  'User does not exist.',
  'User already exists',
  'An account with the given email already exists.',
  'Invalid verification code provided, please try again.',
  'Invalid code provided, please request a code again.',
  'Attempt limit exceeded, please try after some time.',
  'Password attempts exceeded',
  'User is disabled.',
  'Username cannot be empty',
  'Password cannot be empty',
  'Confirmation code cannot be empty',
] as const;

export type UiKey = (typeof uiKeys)[number];
/** A complete dictionary: every key has a translation. */
export type Translation = Record<UiKey | CoreMessageKey, string>;

const en: Partial<Translation> = {};
export default en;
