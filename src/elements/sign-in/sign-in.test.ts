import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  expectFocused, FAKE_PASSWORD,
  authError,
  button,
  field,
  fill,
  heading,
  mountStep,
  settle,
  submit,
  typeInto,
  waitForStep,
} from '../../../test/browser/elements-helpers.js';
import type { AuthSignIn } from './sign-in.js';

describe('<auth-sign-in>', () => {
  it('renders a real form in light DOM with labelled native inputs', async () => {
    const { el } = await mountStep<AuthSignIn>('auth-sign-in');
    expect(el.shadowRoot).to.equal(null);
    const form = el.querySelector('form')!;
    const username = field(el, 'Username');
    const password = field(el, 'Password');
    expect(username.closest('form')).to.equal(form);
    expect(username.name).to.equal('username');
    expect(username.autocomplete).to.equal('username');
    expect(password.name).to.equal('password');
    expect(password.type).to.equal('password');
    expect(password.autocomplete).to.equal('current-password');
    expect(form.querySelector('button[type=submit]')!.textContent!.trim()).to.equal('Sign in');
    expect(heading(el)).to.equal('Sign in to your account');
    expect([...el.querySelectorAll('[role=tab]')].map((t) => t.textContent!.trim())).to.deep.equal([
      'Sign In',
      'Create Account',
    ]);
    button(el, 'Forgot your password?');
    await expect(el).to.be.accessible();
  });

  it('signs in with the keyboard only: type, Enter', async () => {
    const { el, flow } = await mountStep<AuthSignIn>('auth-sign-in');
    await typeInto(el, 'Username', 'alice');
    await sendKeys({ press: 'Tab' });
    expectFocused(field(el, 'Password'));
    await sendKeys({ type: FAKE_PASSWORD });
    const signedIn = oneEvent(el, 'auth-signed-in');
    await sendKeys({ press: 'Enter' });
    const event = await signedIn;
    expect(event.detail.username).to.equal('alice');
    expect(event.bubbles && event.composed).to.equal(true);
    await waitForStep(flow, 'authenticated', el);
    expect(el.querySelector('form')).to.equal(null);
  });

  it('shows a failed sign-in as text in the alert region, keeps the username, clears the password', async () => {
    const { el, flow } = await mountStep<AuthSignIn>('auth-sign-in');
    fill(el, { Username: 'alice', Password: 'wrong-password' });
    const error = oneEvent(el, 'auth-error');
    submit(el);
    expect((await error).detail).to.deep.equal({
      step: 'signIn',
      code: 'NotAuthorized',
      message: 'Incorrect username or password.',
    });
    await waitForStep(flow, 'signIn', el);
    await settle(el);
    expect(el.querySelector('[role=alert]')!.textContent!.trim()).to.equal('Incorrect username or password.');
    expect(field(el, 'Username').value).to.equal('alice');
    expect(field(el, 'Password').value).to.equal('');
    expectFocused(field(el, 'Password'));
    await expect(el).to.be.accessible();
  });

  it('never renders a server message as HTML', async () => {
    const { el, fake, flow } = await mountStep<AuthSignIn>('auth-sign-in');
    fake.handle('signIn', () => {
      throw authError('Unknown', '<img src=x onerror="window.__xss=1">Bad');
    });
    fill(el, { Username: 'alice', Password: 'x' });
    submit(el);
    await waitForStep(flow, 'signIn', el);
    const alert = el.querySelector('[role=alert]')!;
    expect(alert.querySelector('img')).to.equal(null);
    expect(alert.textContent).to.contain('<img');
  });

  it('marks invalid fields with aria-invalid and aria-describedby', async () => {
    const { el, flow } = await mountStep<AuthSignIn>('auth-sign-in');
    submit(el);
    await waitForStep(flow, 'signIn', el);
    const username = field(el, 'Username');
    expect(username.getAttribute('aria-invalid')).to.equal('true');
    const message = document.getElementById(username.getAttribute('aria-describedby')!)!;
    expect(message.textContent!.trim()).to.equal('This field is required');
    expectFocused(username);
    await expect(el).to.be.accessible();
  });

  it('shows a busy, disabled submit button while signing in', async () => {
    const { el, fake, flow } = await mountStep<AuthSignIn>('auth-sign-in');
    const gate = fake.hold('signIn');
    fill(el, { Username: 'alice', Password: FAKE_PASSWORD });
    submit(el);
    await gate.started;
    await settle(el);
    const submitButton = el.querySelector<HTMLButtonElement>('button[type=submit]')!;
    expect(submitButton.disabled).to.equal(true);
    expect(submitButton.getAttribute('aria-busy')).to.equal('true');
    expect(submitButton.textContent!.trim()).to.equal('Signing in…');
    // A second submit while pending does nothing.
    submit(el);
    gate.release();
    await waitForStep(flow, 'authenticated', el);
    expect(fake.callsTo('signIn')).to.have.length(1);
  });

  it('toggles the password visibility with an aria-pressed button', async () => {
    const { el } = await mountStep<AuthSignIn>('auth-sign-in');
    const toggle = el.querySelector<HTMLButtonElement>('.auth-password-toggle')!;
    expect(toggle.textContent!.trim()).to.equal('Show password');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await settle(el);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(field(el, 'Password').type).to.equal('text');
    toggle.click();
    await settle(el);
    expect(field(el, 'Password').type).to.equal('password');
  });

  it('offers social providers and switches to Create Account and Forgot your password', async () => {
    const { el, fake, flow } = await mountStep<AuthSignIn>('auth-sign-in', { socialProviders: ['google', 'apple'] });
    button(el, 'Sign In with Google').click();
    await waitUntil(() => fake.callsTo('federatedSignIn').length === 1);
    expect(fake.callsTo('federatedSignIn')[0]!.input).to.deep.equal({ provider: 'google' });
    await waitForStep(flow, 'signIn', el);
    await expect(el).to.be.accessible();

    button(el, 'Forgot your password?').click();
    await waitForStep(flow, 'forgotPassword', el);
    expect(el.querySelector('form')).to.equal(null);
    flow.toSignIn();
    await waitForStep(flow, 'signIn', el);
    // Coming back is a step change: focus lands on the heading.
    expectFocused(el.querySelector('.auth-heading'));
    expect(el.querySelector('.auth-heading')!.getAttribute('tabindex')).to.equal('-1');

    button(el, 'Create Account').click();
    await waitForStep(flow, 'signUp', el);
  });

  it('moves between the tabs with arrow keys and hides them with hideSignUp', async () => {
    const { el } = await mountStep<AuthSignIn>('auth-sign-in');
    const [signInTab, signUpTab] = [...el.querySelectorAll<HTMLElement>('[role=tab]')];
    expect(signInTab!.getAttribute('aria-selected')).to.equal('true');
    expect(signUpTab!.tabIndex).to.equal(-1);
    signInTab!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expectFocused(signUpTab);

    const hidden = await mountStep<AuthSignIn>('auth-sign-in', { hideSignUp: true });
    expect(hidden.el.querySelector('[role=tab]')).to.equal(null);
    await expect(hidden.el).to.be.accessible();
  });

  it('uses a phone login with a dial-code select (default +1)', async () => {
    const { el, fake, flow } = await mountStep<AuthSignIn>('auth-sign-in', { loginMechanisms: ['phone_number'] });
    const phone = field(el, 'Phone Number');
    expect(phone.type).to.equal('tel');
    expect(phone.name).to.equal('username');
    expect(phone.autocomplete).to.equal('username');
    const dial = el.querySelector('select')!;
    expect(dial.value).to.equal('+1');
    await expect(el).to.be.accessible();
    fill(el, { 'Phone Number': '555 010 0000', Password: FAKE_PASSWORD });
    submit(el);
    await waitForStep(flow, 'authenticated', el);
    expect(fake.callsTo('signIn')[0]!.input!.username).to.equal('+15550100000');
  });

  it('applies formFields: label, placeholder, order', async () => {
    const flowEl = document.createElement('auth-sign-in');
    flowEl.formFields = {
      signIn: { password: { order: 1 }, username: { label: 'Your handle', placeholder: 'e.g. alice', order: 2 } },
    };
    const { el } = await mountStep<AuthSignIn>('auth-sign-in');
    el.formFields = flowEl.formFields;
    await settle(el);
    const inputs = [...el.querySelectorAll('input')].map((input) => input.name);
    expect(inputs).to.deep.equal(['password', 'username']);
    expect(field(el, 'Your handle').placeholder).to.equal('e.g. alice');
  });

  it('speaks German with lang="de"', async () => {
    const { el } = await mountStep<AuthSignIn>('auth-sign-in');
    el.lang = 'de';
    await waitUntil(() => heading(el) === 'Bei Ihrem Konto anmelden', 'German loaded');
    field(el, 'Benutzername');
    button(el, 'Passwort vergessen?');
    await expect(el).to.be.accessible();
  });
});
