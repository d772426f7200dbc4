import { expect } from '@open-wc/testing';
import { coreMessageKeys } from './messages.js';
import { passwordRuleErrors, validateChoice, validateSignUp } from './validation.js';

describe('core messages', () => {
  it('lists each key once, as trimmed English text', () => {
    expect(new Set(coreMessageKeys).size).to.equal(coreMessageKeys.length);
    for (const key of coreMessageKeys) {
      expect(key).to.equal(key.trim());
      expect(key).to.not.equal('');
    }
  });

  it('covers every message validation produces', () => {
    const policy = { minLength: 8, requireLowercase: true, requireUppercase: true, requireNumbers: true, requireSymbols: true };
    const produced = [
      ...passwordRuleErrors('', policy),
      ...Object.values(
        (validateSignUp(
          { username: '', email: 'x', phone_number: '1', password: 'a', confirm_password: 'b' },
          { loginMechanisms: ['username'], signUpAttributes: ['email', 'phone_number'] },
        ) as { errors: Record<string, { key: string }> }).errors,
      ),
      ...Object.values((validateChoice('x', 'y', ['z']) as { errors: Record<string, { key: string }> }).errors),
    ].map((message) => message.key);
    expect(produced).to.have.length.greaterThan(8);
    expect(coreMessageKeys).to.include.members(produced);
  });

  it('keeps Amplify UI’s wording where it has one', () => {
    expect(coreMessageKeys).to.include.members([
      'Your passwords must match',
      'Password must have at least {count} characters',
      'Password must have special characters',
    ]);
  });
});
