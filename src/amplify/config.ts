import { Amplify } from '@aws-amplify/core';
import { Auth } from '@aws-amplify/auth';
import { asRecord, isRecord, list } from './values.js';
import type {
  ContactAttribute,
  FlowOptions,
  LoginMechanism,
  MfaType,
  PasswordPolicy,
  SignUpAttribute,
  SocialProvider,
} from '../core/types.js';

// The CLI writes these in upper case (`PHONE_NUMBER`, `GOOGLE`); `pick` compares in upper case.
export const CONTACTS: readonly ContactAttribute[] = ['email', 'phone_number'];
const SOCIAL_PROVIDERS: SocialProvider[] = ['amazon', 'apple', 'facebook', 'google'];
export const MFA_TYPES: readonly MfaType[] = ['SMS', 'TOTP'];

// Each is the CLI's name with `requires_` for `require` (`REQUIRES_LOWERCASE` → requireLowercase).
const PASSWORD_RULES = ['requireLowercase', 'requireUppercase', 'requireNumbers', 'requireSymbols'] as const;

/**
 * Reads the options an Amplify CLI configuration (`aws-exports`) implies: the `aws_cognito_*`
 * keys, plus `signUpVerificationMethod` (top level or under `Auth`) or
 * `aws_cognito_sign_up_verification_method`. Only keys present in `config` appear in the
 * result, so the caller merges it under its explicit options (`{ ...read, ...explicit }`):
 * explicit options always win.
 *
 * - `aws_cognito_username_attributes` → `loginMechanisms` (an empty list means `username`).
 * - `aws_cognito_verification_mechanisms` → `verificationMechanisms`, and, like Amplify UI,
 *   those contacts join `aws_cognito_signup_attributes` in `signUpAttributes`.
 * - `aws_cognito_social_providers` → `socialProviders`.
 * - `aws_cognito_password_protection_settings` → `passwordPolicy`.
 * - `aws_cognito_mfa_configuration` / `aws_cognito_mfa_types` → `mfa`.
 */
export function readAmplifyConfig(config: Record<string, unknown>): Partial<FlowOptions> {
  const options: Partial<FlowOptions> = {};

  const usernameAttributes = list(config.aws_cognito_username_attributes);
  if (usernameAttributes) {
    const mechanisms = pick<LoginMechanism>(usernameAttributes, CONTACTS); // email, phone_number
    options.loginMechanisms = mechanisms.length > 0 ? mechanisms : ['username'];
  }

  const verification = list(config.aws_cognito_verification_mechanisms);
  if (verification) options.verificationMechanisms = pick(verification, CONTACTS);

  const signUp = list(config.aws_cognito_signup_attributes);
  if (signUp || verification) {
    const names = [...(options.verificationMechanisms ?? []), ...(signUp ?? []).map(attributeName)];
    options.signUpAttributes = [...new Set(names)] as SignUpAttribute[];
  }

  const social = list(config.aws_cognito_social_providers);
  if (social) options.socialProviders = pick(social, SOCIAL_PROVIDERS);

  const policy = readPasswordPolicy(config.aws_cognito_password_protection_settings);
  if (policy) options.passwordPolicy = policy;

  const mfa = readMfa(config.aws_cognito_mfa_configuration, config.aws_cognito_mfa_types);
  if (mfa) options.mfa = mfa;

  const nested = asRecord(config.Auth);
  const method =
    config.signUpVerificationMethod ??
    nested.signUpVerificationMethod ??
    config.aws_cognito_sign_up_verification_method;
  if (method === 'code' || method === 'link') options.signUpVerificationMethod = method;

  return options;
}

/**
 * Reads what the app gave Amplify. In v5, `Auth.configure()` with no argument returns the Auth
 * module's stored configuration, which keeps every raw key it was configured with (Amplify
 * passes its whole config to each category, and Auth merges the raw object into its own), so
 * `aws_cognito_*` survive there whether the app called `Amplify.configure(awsExports)` or
 * `Auth.configure(awsExports)`. `Amplify.configure()` with no argument likewise returns the raw
 * object given to Amplify; both are read, Auth's taking precedence. Neither call has side
 * effects when given no argument. Explicit options win over the result (the caller merges).
 */
export function currentAmplifyOptions(
  auth: { configure(config?: unknown): unknown } = Auth,
): Partial<FlowOptions> {
  const fromAmplify = Amplify.configure();
  const fromAuth = auth.configure();
  return readAmplifyConfig({
    ...asRecord(fromAmplify),
    ...asRecord(fromAuth),
  });
}

function readPasswordPolicy(value: unknown): PasswordPolicy | undefined {
  if (!isRecord(value)) return undefined;
  const policy: PasswordPolicy = {};
  const minLength = Number(value.passwordPolicyMinLength); // NaN when absent
  if (Number.isInteger(minLength) && minLength > 0) {
    policy.minLength = minLength;
  }
  for (const rule of list(value.passwordPolicyCharacters) ?? []) {
    const key = PASSWORD_RULES.find((name) => name.replace('require', 'REQUIRES_').toUpperCase() === rule.toUpperCase());
    if (key) policy[key] = true;
  }
  return policy;
}

function readMfa(configuration: unknown, types: unknown): FlowOptions['mfa'] {
  const mode = typeof configuration === 'string' ? configuration.toUpperCase() : undefined;
  if (mode !== 'OFF' && mode !== 'ON' && mode !== 'OPTIONAL') return undefined;
  return { configuration: mode, types: pick(list(types) ?? [], MFA_TYPES) };
}

/** `GIVEN_NAME` → `given_name`; custom attributes keep their case after the prefix. */
function attributeName(name: string): string {
  return /^custom:/i.test(name) ? `custom:${name.slice(7)}` : name.toLowerCase();
}

/** The known names `values` hold, in their order, once each. */
function pick<T extends string>(values: string[], known: readonly T[]): T[] {
  const picked = values.map((value) => known.find((name) => name.toUpperCase() === value.toUpperCase()));
  return [...new Set(picked)].filter((name) => name !== undefined);
}
