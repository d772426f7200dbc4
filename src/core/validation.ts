/**
 * Validation that runs before any network call. Each `validate*` turns a step's raw form values
 * into the service input, or into per-field messages. Values are trimmed (never a password),
 * phone numbers keep only `+` and digits.
 */
import { coreMessages as m } from './messages.js';
import type { ContactAttribute, FlowOptions, Message, PasswordPolicy } from './types.js';

/** Per-field messages, keyed by field name. */
export type FieldErrors = Record<string, Message>;

/** A validated service input, or the messages that stopped it. */
export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

// Cognito's special characters: the 32 ASCII punctuation characters plus space.
const SYMBOL = /[!-/:-@[-`{-~ ]/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const E164 = /^\+[1-9]\d{1,14}$/;

/** Attributes that hold a contact, checked for shape. */
export function isContactAttribute(name: string): name is ContactAttribute {
  return name === 'email' || name === 'phone_number';
}

const msg = (key: string, values?: Message['values']): Message => (values ? { key, values } : { key });

/** Keeps only `+` and digits: "+1 (555) 010-0000" → "+15550100000". */
export function normalizePhone(value: string): string {
  return value.replace(/[^+\d]/g, '');
}

export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

export function isE164Phone(value: string): boolean {
  return E164.test(value);
}

/**
 * One message per unmet rule of the pool's password policy (empty when it is met or unknown).
 * The sign-up form shows these live as hints.
 */
export function passwordRuleErrors(password: string, policy: PasswordPolicy | undefined): Message[] {
  if (!policy) return [];
  const errors: Message[] = [];
  if (policy.minLength && password.length < policy.minLength) {
    errors.push(msg(m.passwordMinLength, { count: policy.minLength }));
  }
  if (policy.requireLowercase && !/[a-z]/.test(password)) errors.push(msg(m.passwordLowercase));
  if (policy.requireUppercase && !/[A-Z]/.test(password)) errors.push(msg(m.passwordUppercase));
  if (policy.requireNumbers && !/\d/.test(password)) errors.push(msg(m.passwordNumbers));
  if (policy.requireSymbols && !SYMBOL.test(password)) errors.push(msg(m.passwordSymbols));
  return errors;
}

/**
 * Trims every value but passwords and normalises phone fields. `phoneFields` names extra
 * fields that hold a phone number (e.g. `username` when the login mechanism is a phone).
 */
export function cleanValues(
  values: Record<string, string | undefined>,
  phoneFields: readonly string[] = [],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, raw] of Object.entries(values)) {
    if (typeof raw !== 'string') continue;
    if (name === 'password' || name === 'confirm_password') out[name] = raw;
    else if (name === 'phone_number' || phoneFields.includes(name)) out[name] = normalizePhone(raw);
    else out[name] = raw.trim();
  }
  return out;
}

/** Cleans a form's values and collects field messages; the first message per field wins. */
class Checker {
  readonly errors: FieldErrors = {};
  readonly values: Record<string, string>;

  constructor(raw: Record<string, string | undefined>, phoneFields?: readonly string[]) {
    this.values = cleanValues(raw, phoneFields);
  }

  fail(field: string, message: Message): void {
    this.errors[field] ??= message;
  }

  /** Each field filled in (and in shape, see `shape`). */
  required(...fields: string[]): this {
    for (const field of fields) {
      if (!this.values[field]) this.fail(field, msg(m.required));
      this.shape(field);
    }
    return this;
  }

  /** Shape check of an `email` or `phone_number` field (when filled in); other fields pass. */
  shape(field: string): this {
    const value = this.values[field];
    if (value && field === 'email' && !isEmail(value)) this.fail(field, msg(m.invalidEmail));
    if (value && field === 'phone_number' && !isE164Phone(value)) this.fail(field, msg(m.invalidPhone));
    return this;
  }

  newPassword(policy: PasswordPolicy | undefined): this {
    this.required('password', 'confirm_password');
    const password = this.values.password ?? '';
    const [unmet] = password ? passwordRuleErrors(password, policy) : [];
    if (unmet) this.fail('password', unmet);
    if (this.values.confirm_password && this.values.confirm_password !== password) {
      this.fail('confirm_password', msg(m.passwordsMustMatch));
    }
    return this;
  }

  /** The service input `value` builds from the cleaned values, or the messages. */
  result<T>(value: (values: Record<string, string>) => T): Validated<T> {
    return Object.keys(this.errors).length ? { ok: false, errors: this.errors } : { ok: true, value: value(this.values) };
  }
}

/** Sign in / forgot password: `username` holds whatever the first login mechanism is. */
function loginPhoneFields(options: Pick<FlowOptions, 'loginMechanisms'>): string[] {
  return options.loginMechanisms[0] === 'phone_number' ? ['username'] : [];
}

export function validateSignIn(
  raw: Record<string, string | undefined>,
  options: Pick<FlowOptions, 'loginMechanisms'>,
): Validated<{ username: string; password: string }> {
  // An empty password would make Amplify v5 silently switch to the custom-auth flow.
  const check = new Checker(raw, loginPhoneFields(options)).required('username', 'password');
  return check.result((values) => ({ username: values.username!, password: values.password! }));
}

export function validateUsername(
  raw: Record<string, string | undefined>,
  options: Pick<FlowOptions, 'loginMechanisms'>,
): Validated<{ username: string }> {
  const check = new Checker(raw, loginPhoneFields(options)).required('username');
  return check.result((values) => ({ username: values.username! }));
}

/** The sign-up input, before the app's own `validateCustomSignUp`. */
export interface SignUpInput {
  username: string;
  password: string;
  attributes: Record<string, string>;
}

export function validateSignUp(
  raw: Record<string, string | undefined>,
  options: Pick<FlowOptions, 'loginMechanisms' | 'signUpAttributes' | 'passwordPolicy'>,
  optional: readonly string[] = [],
): Validated<SignUpInput> & { values: Record<string, string> } {
  const login = options.loginMechanisms[0] ?? 'username';
  const attributeNames = new Set<string>(options.signUpAttributes);
  if (login !== 'username') attributeNames.add(login);
  const check = new Checker(raw).required(login);
  for (const name of options.signUpAttributes) {
    // The login field stays required even when the form marks it optional.
    if (name === login || !optional.includes(name)) check.required(name);
    else check.shape(name);
  }
  check.newPassword(options.passwordPolicy);
  const { values } = check;
  const result = check.result(() => {
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(values)) {
      if (value && (attributeNames.has(name) || name.startsWith('custom:'))) attributes[name] = value;
    }
    return { username: values[login]!, password: values.password!, attributes };
  });
  return { ...result, values };
}

export function validateCode(raw: Record<string, string | undefined>): Validated<{ code: string }> {
  return new Checker(raw).required('code').result((values) => ({ code: values.code! }));
}

export function validateResetPassword(
  raw: Record<string, string | undefined>,
  policy: PasswordPolicy | undefined,
): Validated<{ code: string; password: string }> {
  const check = new Checker(raw).required('code').newPassword(policy);
  return check.result((values) => ({ code: values.code!, password: values.password! }));
}

export function validateNewPassword(
  raw: Record<string, string | undefined>,
  requiredAttributes: readonly string[],
  policy: PasswordPolicy | undefined,
): Validated<{ password: string; attributes: Record<string, string> }> {
  const check = new Checker(raw).newPassword(policy).required(...requiredAttributes);
  return check.result((values) => ({
    password: values.password!,
    attributes: Object.fromEntries(requiredAttributes.map((name) => [name, values[name]!])),
  }));
}

/** A choice among offered options (MFA type, contact to verify). */
export function validateChoice<T extends string>(
  field: string,
  value: string | undefined,
  offered: readonly T[],
): Validated<T> {
  const check = new Checker({});
  if (!value) check.fail(field, msg(m.required));
  else if (!offered.includes(value as T)) check.fail(field, msg(m.invalidChoice));
  return check.result(() => value as T);
}
