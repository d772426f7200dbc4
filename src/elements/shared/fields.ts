import type { FormStep, LoginMechanism } from '../../core/types.js';

/** Per-field customisation, as the app gives it in `formFields`. */
export interface FormFieldOptions {
  label?: string;
  placeholder?: string;
  /** Fields sort by `order` (ascending); fields without one keep their place after ordered ones. */
  order?: number;
  /**
   * `false` makes a sign-up attribute optional: left empty it is not sent, filled in it is still
   * checked. Login, password and code fields stay required (Cognito needs them).
   */
  required?: boolean;
  /** Keeps the label for assistive technology only. */
  labelHidden?: boolean;
  /** Phone fields: the preselected dial code (default: the locale's country's, else `+1`). */
  dialCode?: string;
  /** Phone fields: the dial codes offered (each with its countries, named in the current locale). */
  dialCodes?: string[];
  autocomplete?: string;
  /** The initial value (ignored for passwords and codes). */
  defaultValue?: string;
  /** `setupTotp.QR` only: the issuer authenticator apps show (default: the flow's `totpIssuer`). */
  totpIssuer?: string;
  /** `setupTotp.QR` only: the account name authenticator apps show (default: the username). */
  totpUsername?: string;
}

/** `formFields`: per step, per field name. */
export type FormFields = Partial<Record<FormStep, Record<string, FormFieldOptions>>>;

/** One field as the elements render it. `label` is an English key. */
export interface FieldSpec extends FormFieldOptions {
  name: string;
  label: string;
  type: 'text' | 'email' | 'tel' | 'password' | 'date' | 'url';
  autocomplete: string;
  /** Cleared after a failed submit and never prefilled (passwords, codes). */
  secret?: boolean;
  /** Renders a dial-code select before the number. */
  phone?: boolean;
  inputmode?: 'numeric' | 'email' | 'tel' | 'url';
  /** Shows the password policy's unmet rules live under the field. */
  policyHints?: boolean;
  /** Initial value (never for secrets). */
  value?: string;
}

/** Standard attributes: input type and autocomplete token. Labels come from the name (`given_name` → "Given Name"). */
const ATTRIBUTES: Record<string, [type: FieldSpec['type'], autocomplete: string, label?: string]> = {
  username: ['text', 'username'],
  email: ['email', 'email'],
  phone_number: ['tel', 'tel'],
  name: ['text', 'name'],
  given_name: ['text', 'given-name'],
  family_name: ['text', 'family-name'],
  middle_name: ['text', 'additional-name'],
  nickname: ['text', 'nickname'],
  preferred_username: ['text', 'off'],
  birthdate: ['date', 'bday'],
  profile: ['url', 'url'],
  website: ['url', 'url'],
  address: ['text', 'street-address'],
  gender: ['text', 'sex'],
  locale: ['text', 'language'],
  picture: ['url', 'photo'],
  zoneinfo: ['text', 'off', 'Zone Info'],
};

/** `custom:favorite_color` → "Favorite Color", `google` → "Google". */
export function labelOf(name: string): string {
  return name
    .replace(/^custom:/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[_\s-]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');
}

/** A user attribute (standard or `custom:*`) as a field. */
export function attributeField(name: string, required = true): FieldSpec {
  const [type, autocomplete, label = labelOf(name)] = ATTRIBUTES[name] ?? ['text', 'off'];
  return {
    name,
    label,
    type,
    autocomplete,
    required,
    ...(type === 'tel' ? { phone: true } : {}),
    ...(type === 'email' ? { inputmode: 'email' as const } : {}),
  };
}

/**
 * The login field: labelled and typed after the login mechanism, `autocomplete="username"` so
 * password managers pair it with the password.
 */
export function loginField(mechanism: LoginMechanism | undefined, name = 'username'): FieldSpec {
  return { ...attributeField(mechanism ?? 'username'), name, autocomplete: 'username' };
}

export function passwordField(
  name: string,
  label: string,
  autocomplete: 'current-password' | 'new-password',
  policyHints = false,
): FieldSpec {
  return { name, label, type: 'password', autocomplete, required: true, secret: true, policyHints };
}

/** Every code field: `one-time-code` so browsers offer codes from SMS or email. */
export function codeField(label = 'Code'): FieldSpec {
  return {
    name: 'code',
    label,
    type: 'text',
    autocomplete: 'one-time-code',
    inputmode: 'numeric',
    required: true,
    secret: true,
  };
}

/** Password + confirmation, both `new-password` (sign up, reset, forced change). */
export function newPasswordFields(label = 'Password'): FieldSpec[] {
  return [
    passwordField('password', label, 'new-password', true),
    passwordField('confirm_password', 'Confirm Password', 'new-password'),
  ];
}

/** Applies the app's `formFields` for a step and sorts by `order`. */
export function customize(fields: FieldSpec[], options: Record<string, FormFieldOptions> | undefined): FieldSpec[] {
  if (!options) return fields;
  const rank = (field: FieldSpec) => field.order ?? Number.MAX_SAFE_INTEGER;
  // Array sort is stable: fields of equal rank keep their place.
  return fields
    .map((field): FieldSpec => {
      const custom = options[field.name];
      const value = field.secret ? undefined : custom?.defaultValue;
      return value === undefined ? { ...field, ...custom } : { ...field, ...custom, value };
    })
    .sort((a, b) => rank(a) - rank(b));
}

/** Dial-code select name for a phone field. */
export const dialName = (name: string) => `${name}__dial`;

/** Reads a form's values; phone fields become dial code + number. */
export function readForm(form: HTMLFormElement, fields: FieldSpec[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') values[name] = value;
  for (const field of fields) {
    if (!field.phone) continue;
    const number = (values[field.name] ?? '').trim();
    const dial = values[dialName(field.name)] ?? '';
    delete values[dialName(field.name)];
    // A number typed with its own `+country` prefix keeps it.
    values[field.name] = !number || number.startsWith('+') ? number : dial + number;
  }
  return values;
}
