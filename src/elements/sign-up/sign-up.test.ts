import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  expectFocused, FAKE_PASSWORD,
  button,
  confirmCodeByKeyboard,
  field,
  fill,
  heading,
  mountStep,
  settle,
  submit,
  typeInto,
  waitForStep,
} from '../../../test/browser/elements-helpers.js';
import type { AuthSignUp } from './sign-up.js';

const signUpFirst = { initialStep: 'signUp' as const };
const policy = { minLength: 8, requireNumbers: true, requireUppercase: true };

describe('<auth-sign-up>', () => {
  it('renders the login field, passwords and sign-up attributes with the right autocomplete', async () => {
    const { el } = await mountStep<AuthSignUp>('auth-sign-up', { ...signUpFirst, 
      signUpAttributes: ['email', 'phone_number', 'given_name', 'custom:favorite_color'],
    });
    expect(heading(el)).to.equal('Create a new account');
    const expected: Array<[string, string, string, string]> = [
      ['Username', 'username', 'text', 'username'],
      ['Password', 'password', 'password', 'new-password'],
      ['Confirm Password', 'confirm_password', 'password', 'new-password'],
      ['Email', 'email', 'email', 'email'],
      ['Phone Number', 'phone_number', 'tel', 'tel'],
      ['Given Name', 'given_name', 'text', 'given-name'],
      ['Favorite Color', 'custom:favorite_color', 'text', 'off'],
    ];
    for (const [label, name, type, autocomplete] of expected) {
      const input = field(el, label);
      expect([input.name, input.type, input.autocomplete], label).to.deep.equal([name, type, autocomplete]);
      expect(input.closest('form') === el.querySelector('form'), input.name).to.equal(true);
    }
    expect(el.querySelector<HTMLButtonElement>('button[type=submit]')!.textContent!.trim()).to.equal('Create Account');
    await expect(el).to.be.accessible();
  });

  it('names the login field after the first login mechanism', async () => {
    const { el } = await mountStep<AuthSignUp>('auth-sign-up', { ...signUpFirst,  loginMechanisms: ['email'], signUpAttributes: ['email'] });
    const email = field(el, 'Email');
    expect([email.name, email.type, email.autocomplete]).to.deep.equal(['email', 'email', 'username']);
    expect(el.querySelectorAll('input[name=email]')).to.have.length(1);
  });

  it('shows the unmet password rules live, without keeping the password', async () => {
    const { el } = await mountStep<AuthSignUp>('auth-sign-up', { ...signUpFirst,  passwordPolicy: policy });
    const password = field(el, 'Password');
    const hints = () => [...document.getElementById(password.getAttribute('aria-describedby')!)!.children].map((li) => li.textContent);
    expect(hints()).to.deep.equal([
      'Password must have at least 8 characters',
      'Password must have upper case letters',
      'Password must have numbers',
    ]);
    await typeInto(el, 'Password', 'Abc');
    await settle(el);
    expect(hints()).to.deep.equal(['Password must have at least 8 characters', 'Password must have numbers']);
    await expect(el).to.be.accessible();
  });

  it('reports mismatched passwords on the confirmation field and clears both', async () => {
    const { el, flow } = await mountStep<AuthSignUp>('auth-sign-up', { ...signUpFirst,  signUpAttributes: ['email'] });
    fill(el, { Username: 'bob', Password: FAKE_PASSWORD, 'Confirm Password': 'different', Email: 'bob@example.com' });
    submit(el);
    await waitForStep(flow, 'signUp', el);
    const confirm = field(el, 'Confirm Password');
    expect(confirm.getAttribute('aria-invalid')).to.equal('true');
    expect(document.getElementById(confirm.getAttribute('aria-describedby')!)!.textContent).to.equal(
      'Your passwords must match',
    );
    expect(field(el, 'Username').value).to.equal('bob');
    expect(field(el, 'Email').value).to.equal('bob@example.com');
    expect(field(el, 'Password').value).to.equal('');
    expect(confirm.value).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('signs up and confirms with the keyboard only, then is signed in', async () => {
    const { el, flow, fake } = await mountStep<AuthSignUp>('auth-sign-up', { ...signUpFirst,  signUpAttributes: ['email'] });
    await typeInto(el, 'Username', 'carol');
    for (const text of [FAKE_PASSWORD, FAKE_PASSWORD, 'carol@example.com']) {
      await sendKeys({ press: 'Tab' });
      // Skip the show-password toggles.
      if ((document.activeElement as HTMLElement).localName === 'button') await sendKeys({ press: 'Tab' });
      await sendKeys({ type: text });
    }
    const signedUp = oneEvent(el, 'auth-signed-up');
    await sendKeys({ press: 'Enter' });
    expect((await signedUp).detail).to.deep.equal({
      username: 'carol',
      userConfirmed: false,
      codeDelivery: { attributeName: 'email', deliveryMedium: 'EMAIL', destination: 'a***@e***' },
    });
    await waitForStep(flow, 'confirmSignUp', el);
    expect(heading(el)).to.equal('We Emailed You');
    expect(el.querySelector('.auth-text')!.textContent).to.equal(
      'We emailed a code to a***@e***. It may take a minute to arrive.',
    );
    expectFocused(el.querySelector('.auth-heading'));
    const code = field(el, 'Confirmation Code');
    expect([code.name, code.autocomplete, code.inputMode]).to.deep.equal(['code', 'one-time-code', 'numeric']);
    await expect(el).to.be.accessible();

    expect((await confirmCodeByKeyboard(el, 'Confirmation Code')).username).to.equal('carol');
    expect(fake.callsTo('confirmSignUp')).to.have.length(1);
  });

  it('resends the code, clears a wrong code and goes back to sign in', async () => {
    const { el, flow, fake } = await mountStep<AuthSignUp>('auth-sign-up', signUpFirst);
    fill(el, { Username: 'dan', Password: FAKE_PASSWORD, 'Confirm Password': FAKE_PASSWORD });
    submit(el);
    await waitForStep(flow, 'confirmSignUp', el);

    fill(el, { 'Confirmation Code': '000000' });
    submit(el);
    await waitForStep(flow, 'confirmSignUp', el);
    expect(el.querySelector('[role=alert]')!.textContent!.trim()).to.equal(
      'Invalid verification code provided, please try again.',
    );
    expect(field(el, 'Confirmation Code').value).to.equal('');
    await expect(el).to.be.accessible();

    const gate = fake.hold('resendSignUpCode');
    button(el, 'Resend Code').click();
    await gate.started;
    await settle(el);
    expect(button(el, 'Sending…').getAttribute('aria-busy')).to.equal('true');
    gate.release();
    await waitForStep(flow, 'confirmSignUp', el);
    expect(fake.callsTo('resendSignUpCode')).to.have.length(1);

    button(el, 'Back to Sign In').click();
    await waitForStep(flow, 'signIn', el);
    expect(el.querySelector('form')).to.equal(null);
  });

  it('waits for the emailed link when verification is by link', async () => {
    const { el, flow } = await mountStep<AuthSignUp>('auth-sign-up', { ...signUpFirst,  signUpVerificationMethod: 'link' });
    fill(el, { Username: 'erin', Password: FAKE_PASSWORD, 'Confirm Password': FAKE_PASSWORD });
    submit(el);
    await waitForStep(flow, 'confirmSignUp', el);
    expect(flow.awaitingLink).to.equal(true);
    expect(heading(el)).to.equal('We Emailed You');
    expect(el.querySelector('input')).to.equal(null);
    button(el, 'Back to Sign In');
    await expect(el).to.be.accessible();
  });
});
