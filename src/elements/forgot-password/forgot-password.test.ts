import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  expectFocused, FAKE_CODE,
  FAKE_PASSWORD,
  button,
  field,
  fill,
  heading,
  mountStep,
  submit,
  typeInto,
  waitForStep,
} from '../../../test/browser/elements-helpers.js';
import type { AuthForgotPassword } from './forgot-password.js';

const resetFirst = { initialStep: 'forgotPassword' as const };

describe('<auth-forgot-password>', () => {
  it('asks for the username and sends a code, keyboard only', async () => {
    const { el, flow, fake } = await mountStep<AuthForgotPassword>('auth-forgot-password', resetFirst);
    expect(heading(el)).to.equal('Reset Password');
    const username = field(el, 'Username');
    expect([username.name, username.autocomplete]).to.deep.equal(['username', 'username']);
    expect(el.querySelector('button[type=submit]')!.textContent!.trim()).to.equal('Send code');
    await expect(el).to.be.accessible();

    await typeInto(el, 'Username', 'alice');
    await sendKeys({ press: 'Enter' });
    await waitForStep(flow, 'confirmResetPassword', el);
    expect(fake.callsTo('forgotPassword')[0]!.input).to.deep.equal({ username: 'alice' });
    expectFocused(el.querySelector('.auth-heading'));
    expect(el.querySelector('.auth-text')!.textContent).to.contain('a***@e***');
    const code = field(el, 'Code');
    expect(code.autocomplete).to.equal('one-time-code');
    for (const label of ['New Password', 'Confirm Password']) {
      const input = field(el, label);
      expect([input.type, input.autocomplete]).to.deep.equal(['password', 'new-password']);
    }
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Tab' });
    expectFocused(code);
    await sendKeys({ type: FAKE_CODE });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: FAKE_PASSWORD });
    await sendKeys({ press: 'Tab' }); // the show-password toggle
    await sendKeys({ press: 'Tab' });
    expectFocused(field(el, 'Confirm Password'));
    await sendKeys({ type: FAKE_PASSWORD });
    await sendKeys({ press: 'Enter' });
    await waitForStep(flow, 'signIn', el);
    expect(flow.notice?.key).to.equal('Your password has been changed');
    expect(fake.callsTo('confirmForgotPassword')).to.have.length(1);
  });

  it('gives each step new inputs: nothing typed in one step shows up in the next', async () => {
    const { el, flow } = await mountStep<AuthForgotPassword>('auth-forgot-password', resetFirst);
    const form = el.querySelector('form');
    const username = field(el, 'Username');
    fill(el, { Username: 'alice' });
    submit(el);
    await waitForStep(flow, 'confirmResetPassword', el);
    const code = field(el, 'Code');
    expect(el.querySelector('form') === form, 'same form').to.equal(false);
    expect(code === username, 'same input').to.equal(false);
    expect(code.value).to.equal('');
  });

  it('shows a wrong code, clears the secrets, resends the code', async () => {
    const { el, flow, fake } = await mountStep<AuthForgotPassword>('auth-forgot-password', resetFirst);
    fill(el, { Username: 'alice' });
    submit(el);
    await waitForStep(flow, 'confirmResetPassword', el);
    fill(el, { Code: '000000', 'New Password': FAKE_PASSWORD, 'Confirm Password': FAKE_PASSWORD });
    submit(el);
    await waitForStep(flow, 'confirmResetPassword', el);
    expect(el.querySelector('[role=alert]')!.textContent!.trim()).to.equal(
      'Invalid verification code provided, please try again.',
    );
    for (const label of ['Code', 'New Password', 'Confirm Password']) expect(field(el, label).value).to.equal('');
    await expect(el).to.be.accessible();

    button(el, 'Resend Code').click();
    await waitForStep(flow, 'confirmResetPassword', el);
    expect(fake.callsTo('forgotPassword')).to.have.length(2);
    button(el, 'Back to Sign In').click();
    await waitForStep(flow, 'signIn', el);
    expect(el.querySelector('form')).to.equal(null);
  });
});
