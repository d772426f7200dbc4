import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  expectFocused, FAKE_PASSWORD,
  FakeAuthService,
  field,
  fill,
  heading,
  mountStep,
  submit,
  waitForStep,
} from '../../../test/browser/elements-helpers.js';
import type { AuthForceNewPassword } from './force-new-password.js';

async function mountForced() {
  const fake = new FakeAuthService().handle('signIn', ({ username }) => ({
    kind: 'challenge',
    challenge: 'NEW_PASSWORD_REQUIRED',
    user: { username, attributes: {} },
    handle: { fakeUser: username },
    requiredAttributes: ['given_name', 'email'],
  }));
  const mounted = await mountStep<AuthForceNewPassword>('auth-force-new-password', {}, fake);
  await mounted.flow.submit('signIn', { username: 'admin-made', password: FAKE_PASSWORD });
  await waitForStep(mounted.flow, 'forceNewPassword', mounted.el);
  return mounted;
}

describe('<auth-force-new-password>', () => {
  it('asks for a new password and the required attributes, keyboard only', async () => {
    const { el, fake } = await mountForced();
    expect(heading(el)).to.equal('Change Password');
    expectFocused(el.querySelector('.auth-heading'));
    const expected: Array<[string, string, string]> = [
      ['New Password', 'password', 'new-password'],
      ['Confirm Password', 'confirm_password', 'new-password'],
      ['Given Name', 'given_name', 'given-name'],
      ['Email', 'email', 'email'],
    ];
    for (const [label, name, autocomplete] of expected) {
      expect([field(el, label).name, field(el, label).autocomplete]).to.deep.equal([name, autocomplete]);
    }
    expect(el.querySelector('button[type=submit]')!.textContent!.trim()).to.equal('Change Password');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: FAKE_PASSWORD });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: FAKE_PASSWORD });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Ada' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'ada@example.com' });
    const signedIn = oneEvent(el, 'auth-signed-in');
    await sendKeys({ press: 'Enter' });
    expect((await signedIn).detail.username).to.equal('admin-made');
    expect(fake.callsTo('completeNewPassword')[0]!.input!.attributes).to.deep.equal({
      given_name: 'Ada',
      email: 'ada@example.com',
    });
  });

  it('flags a missing attribute and keeps what was typed except the passwords', async () => {
    const { el, flow } = await mountForced();
    fill(el, { 'New Password': FAKE_PASSWORD, 'Confirm Password': FAKE_PASSWORD, 'Given Name': 'Ada' });
    submit(el);
    await waitForStep(flow, 'forceNewPassword', el);
    const email = field(el, 'Email');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expectFocused(email);
    expect(field(el, 'Given Name').value).to.equal('Ada');
    expect(field(el, 'New Password').value).to.equal('');
    await expect(el).to.be.accessible();
  });
});
