import { expect } from '@open-wc/testing';
import { coreMessages as m } from './messages.js';
import {
  cleanValues,
  isE164Phone,
  isEmail,
  normalizePhone,
  passwordRuleErrors,
  validateChoice,
  validateCode,
  validateNewPassword,
  validateResetPassword,
  validateSignIn,
  validateSignUp,
  validateUsername,
} from './validation.js';

const strict = { minLength: 8, requireLowercase: true, requireUppercase: true, requireNumbers: true, requireSymbols: true };

describe('validation', () => {
  describe('passwordRuleErrors', () => {
    it('gives one message per unmet rule', () => {
      expect(passwordRuleErrors('', strict)).to.deep.equal([
        { key: m.passwordMinLength, values: { count: 8 } },
        { key: m.passwordLowercase },
        { key: m.passwordUppercase },
        { key: m.passwordNumbers },
        { key: m.passwordSymbols },
      ]);
      expect(passwordRuleErrors('abcdefgh', strict).map((e) => e.key)).to.deep.equal([
        m.passwordUppercase,
        m.passwordNumbers,
        m.passwordSymbols,
      ]);
    });

    it('accepts a password meeting every rule, with any Cognito symbol or a space', () => {
      for (const symbol of '^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+- ') {
        expect(passwordRuleErrors(`Abcdefg1${symbol}`, strict), JSON.stringify(symbol)).to.deep.equal([]);
      }
      expect(passwordRuleErrors('Abcdefg1é', strict).map((e) => e.key)).to.deep.equal([m.passwordSymbols]);
    });

    it('checks nothing when the policy is unknown or lax', () => {
      expect(passwordRuleErrors('a', undefined)).to.deep.equal([]);
      expect(passwordRuleErrors('a', {})).to.deep.equal([]);
    });
  });

  describe('shapes', () => {
    it('normalises phone numbers to + and digits', () => {
      expect(normalizePhone('+1 (555) 010-0000')).to.equal('+15550100000');
      expect(normalizePhone(' +44 20 7946 0000 ')).to.equal('+442079460000');
    });

    it('checks E.164 and email shapes', () => {
      expect(isE164Phone('+15550100000')).to.equal(true);
      expect(isE164Phone('15550100000')).to.equal(false);
      expect(isE164Phone('+0555')).to.equal(false);
      expect(isE164Phone('+1')).to.equal(false);
      expect(isE164Phone('+1234567890123456')).to.equal(false);
      expect(isEmail('a@b.co')).to.equal(true);
      expect(isEmail('a@b')).to.equal(false);
      expect(isEmail('a b@c.d')).to.equal(false);
    });

    it('trims everything but passwords, normalises phone fields and drops non-strings', () => {
      const values = cleanValues(
        { name: ' Al ', password: ' p ', confirm_password: ' p ', phone_number: '+1 555', username: '+1 (2)', x: undefined },
        ['username'],
      );
      expect(values).to.deep.equal({ name: 'Al', password: ' p ', confirm_password: ' p ', phone_number: '+1555', username: '+12' });
    });
  });

  describe('sign in', () => {
    it('requires a username and a non-empty password (Amplify would switch to custom auth)', () => {
      expect(validateSignIn({ username: ' ', password: '' }, { loginMechanisms: ['username'] })).to.deep.equal({
        ok: false,
        errors: { username: { key: m.required }, password: { key: m.required } },
      });
      expect(validateSignIn({ username: ' al ', password: ' ' }, { loginMechanisms: ['email'] })).to.deep.equal({
        ok: true,
        value: { username: 'al', password: ' ' },
      });
    });

    it('forgot password requires a username, normalised when it is a phone', () => {
      expect(validateUsername({ username: '' }, { loginMechanisms: ['username'] }).ok).to.equal(false);
      expect(validateUsername({ username: '+1 555 0100' }, { loginMechanisms: ['phone_number'] })).to.deep.equal({
        ok: true,
        value: { username: '+15550100' },
      });
    });
  });

  describe('sign up', () => {
    const options = { loginMechanisms: ['username' as const], signUpAttributes: ['email' as const, 'phone_number' as const], passwordPolicy: strict };

    it('reports required fields, shapes, the first unmet password rule and a mismatch', () => {
      const v = validateSignUp(
        { username: '', email: 'x', phone_number: '555', password: 'abc', confirm_password: 'abd' },
        options,
      );
      expect(v.ok).to.equal(false);
      expect(!v.ok && v.errors).to.deep.equal({
        username: { key: m.required },
        email: { key: m.invalidEmail },
        phone_number: { key: m.invalidPhone },
        password: { key: m.passwordMinLength, values: { count: 8 } },
        confirm_password: { key: m.passwordsMustMatch },
      });
    });

    it('requires every configured attribute and both passwords', () => {
      const v = validateSignUp({ username: 'al' }, options);
      expect(!v.ok && Object.keys(v.errors)).to.have.members(['email', 'phone_number', 'password', 'confirm_password']);
    });

    it('lets optional attributes stay empty (not sent), checks them when filled, never skips the login', () => {
      const base = { username: 'al', password: 'Passw0rd!', confirm_password: 'Passw0rd!' };
      const empty = validateSignUp({ ...base, email: 'al@example.com' }, options, ['phone_number']);
      expect(empty.ok && empty.value.attributes).to.deep.equal({ email: 'al@example.com' });
      const filled = validateSignUp({ ...base, email: 'al@example.com', phone_number: '12' }, options, ['phone_number']);
      expect(!filled.ok && filled.errors).to.deep.equal({ phone_number: { key: m.invalidPhone } });
      const byEmail = { ...options, loginMechanisms: ['email' as const], signUpAttributes: ['email' as const] };
      const login = validateSignUp({ password: 'Passw0rd!', confirm_password: 'Passw0rd!' }, byEmail, ['email']);
      expect(!login.ok && login.errors).to.deep.equal({ email: { key: m.required } });
    });

    it('builds the username and attributes from trimmed, normalised values', () => {
      const v = validateSignUp(
        {
          username: ' al ',
          email: ' al@example.com ',
          phone_number: '+1 555 010 0000',
          password: ' Abcdef1! ',
          confirm_password: ' Abcdef1! ',
          'custom:team': ' red ',
          'custom:empty': ' ',
        },
        options,
      );
      expect(v.ok && v.value).to.deep.equal({
        username: 'al',
        password: ' Abcdef1! ',
        attributes: { email: 'al@example.com', phone_number: '+15550100000', 'custom:team': 'red' },
      });
      expect(v.values.username).to.equal('al');
    });

    it('checks the login field shape when it is an email or phone', () => {
      const email = validateSignUp({ email: 'nope', password: 'a', confirm_password: 'a' }, { loginMechanisms: ['email'], signUpAttributes: [] });
      expect(!email.ok && email.errors).to.deep.equal({ email: { key: m.invalidEmail } });
      const phone = validateSignUp(
        { phone_number: '+1 555 0100', password: 'a', confirm_password: 'a' },
        { loginMechanisms: ['phone_number'], signUpAttributes: [] },
      );
      expect(phone.ok && phone.value).to.deep.equal({ username: '+15550100', password: 'a', attributes: { phone_number: '+15550100' } });
    });
  });

  describe('codes, resets, new passwords and choices', () => {
    it('a code is required and trimmed', () => {
      expect(validateCode({ code: ' 12 ' })).to.deep.equal({ ok: true, value: { code: '12' } });
      expect(validateCode({ code: '' }).ok).to.equal(false);
    });

    it('a reset needs a code and a new password meeting the policy', () => {
      expect(validateResetPassword({ code: '1', password: 'Abcdefg1!', confirm_password: 'Abcdefg1!' }, strict)).to.deep.equal({
        ok: true,
        value: { code: '1', password: 'Abcdefg1!' },
      });
      const v = validateResetPassword({ code: '1', password: 'abc', confirm_password: '' }, undefined);
      expect(!v.ok && v.errors).to.deep.equal({ confirm_password: { key: m.required } });
    });

    it('a new password comes with the required attributes, shape-checked', () => {
      const v = validateNewPassword({ password: 'p', confirm_password: 'p', email: 'bad', name: '' }, ['email', 'name'], undefined);
      expect(!v.ok && v.errors).to.deep.equal({ email: { key: m.invalidEmail }, name: { key: m.required } });
      const ok = validateNewPassword({ password: 'p', confirm_password: 'p', name: ' N ', other: 'x' }, ['name'], undefined);
      expect(ok).to.deep.equal({ ok: true, value: { password: 'p', attributes: { name: 'N' } } });
    });

    it('a choice must be one of the offered options', () => {
      expect(validateChoice('mfa_type', 'TOTP', ['SMS', 'TOTP'])).to.deep.equal({ ok: true, value: 'TOTP' });
      expect(validateChoice('mfa_type', 'EMAIL', ['SMS'])).to.deep.equal({ ok: false, errors: { mfa_type: { key: m.invalidChoice } } });
      expect(validateChoice('mfa_type', undefined, ['SMS'])).to.deep.equal({ ok: false, errors: { mfa_type: { key: m.required } } });
    });
  });
});
