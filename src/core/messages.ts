/**
 * The Amplify adapter throws this one too. A constant of its own so that, in the CDN build, the
 * lazy adapter chunk imports only this string from the entry, not the table below: unexported,
 * the table is inlined into its uses and vanishes (entry ~0.16 KB gzip smaller).
 */
export const UNSUPPORTED_CHALLENGE_MESSAGE =
  'This account needs a sign-in step that is not supported here. Please contact the administrator.';

/**
 * Every message key `src/core` can produce. Keys are the English text (Amplify UI's wording
 * where it has one), so dictionaries and `I18n.putVocabularies` translate them by that text.
 */
export const coreMessages = {
  required: 'This field is required',
  invalidEmail: 'Enter a valid email',
  invalidPhone: 'Enter a valid phone number',
  passwordMinLength: 'Password must have at least {count} characters',
  passwordLowercase: 'Password must have lower case letters',
  passwordUppercase: 'Password must have upper case letters',
  passwordNumbers: 'Password must have numbers',
  passwordSymbols: 'Password must have special characters',
  passwordsMustMatch: 'Your passwords must match',
  invalidChoice: 'Choose one of the options',
  unsupportedChallenge: UNSUPPORTED_CHALLENGE_MESSAGE,
  unknownError: 'Something went wrong. Please try again.',
  passwordChanged: 'Your password has been changed',
  accountConfirmed: 'Your account is confirmed, please sign in',
  sessionExpired: 'Your session has expired, please sign in again',
} as const;

export type CoreMessageKey = (typeof coreMessages)[keyof typeof coreMessages];

/** The list translators and the dictionary-coverage test check against. */
export const coreMessageKeys: readonly CoreMessageKey[] = Object.values(coreMessages);
