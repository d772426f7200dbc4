// Small Cognito behaviours shared by the targets: the password policy, masked destinations,
// the pool's MFA settings and the error messages Cognito really sends.
import { cognitoError } from './cognito-local.mjs';

// Cognito's special characters: the 32 ASCII symbols and the space.
const SYMBOL = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+\- ]/;

/**
 * Cognito checks the rules in this order and reports only the first one broken.
 * @type {Array<[string, (password: string, policy: any) => boolean, string]>}
 */
const RULES = [
  ['MinimumLength', (p, policy) => p.length >= (policy.MinimumLength ?? 8), 'Password not long enough'],
  ['RequireUppercase', (p) => /[A-Z]/.test(p), 'Password must have uppercase characters'],
  ['RequireLowercase', (p) => /[a-z]/.test(p), 'Password must have lowercase characters'],
  ['RequireNumbers', (p) => /[0-9]/.test(p), 'Password must have numeric characters'],
  ['RequireSymbols', (p) => SYMBOL.test(p), 'Password must have symbol characters'],
];

/**
 * Throws InvalidPasswordException when the password breaks the pool's PasswordPolicy.
 * @param {any} poolOptions the user pool's options (Policies.PasswordPolicy)
 * @param {unknown} password
 */
export function assertPasswordPolicy(poolOptions, password) {
  if (typeof password !== 'string' || password.length === 0) {
    throw cognitoError('InvalidParameterException', 'Missing required parameter PASSWORD');
  }
  const policy = poolOptions?.Policies?.PasswordPolicy ?? {};
  for (const [flag, ok, message] of RULES) {
    const applies = flag === 'MinimumLength' || policy[flag] === true;
    if (applies && !ok(password, policy)) {
      throw cognitoError('InvalidPasswordException', `Password did not conform with policy: ${message}`);
    }
  }
}

/**
 * Masks a destination the way Cognito does in CodeDeliveryDetails: `a***@e***.com`,
 * `+*******4567`.
 * @param {string} destination
 */
export function maskDestination(destination) {
  const at = destination.indexOf('@');
  if (at > 0) {
    const domain = destination.slice(at + 1);
    const dot = domain.lastIndexOf('.');
    const tld = dot > 0 ? domain.slice(dot) : '';
    return `${destination[0]}***@${domain[0] ?? ''}***${tld}`;
  }
  return destination.replace(/\d(?=\d{4})/g, '*');
}

/** @param {{ DeliveryMedium: string, AttributeName: string, Destination: string } | null | undefined} details */
export const maskedDetails = (details) => details && { ...details, Destination: maskDestination(details.Destination) };

/**
 * Which MFA types the pool offers. A pool configured through SetUserPoolMfaConfig says so;
 * one that never was (a raw CreateUserPool with MfaConfiguration) offers both.
 * @param {any} options
 */
export function poolMfaTypes(options) {
  const configured = options.SmsConfiguration != null || options.SoftwareTokenMfaConfiguration != null;
  return {
    sms: configured ? options.SmsConfiguration != null : true,
    totp: configured ? options.SoftwareTokenMfaConfiguration?.Enabled === true : true,
  };
}

export const incorrectCredentials = () => cognitoError('NotAuthorizedException', 'Incorrect username or password.');
export const invalidSession = () => cognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.');
export const wrongMfaCode = () => cognitoError('CodeMismatchException', 'Invalid code or auth state for the user.');
export const wrongVerificationCode = () =>
  cognitoError('CodeMismatchException', 'Invalid verification code provided, please try again.');
export const unknownUsername = () => cognitoError('UserNotFoundException', 'Username/client id combination not found.');
