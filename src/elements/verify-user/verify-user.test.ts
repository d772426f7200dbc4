import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  expectFocused, FAKE_PASSWORD,
  FakeAuthService,
  button,
  confirmCodeByKeyboard,
  field,
  heading,
  mountStep,
  waitForStep,
} from '../../../test/browser/elements-helpers.js';
import type { AuthVerifyUser } from './verify-user.js';

async function mountUnverified() {
  const fake = new FakeAuthService().handle('verifiedContact', () => ({
    verified: {},
    unverified: { email: 'a***@e***', phone_number: '+*******1234' },
  }));
  const mounted = await mountStep<AuthVerifyUser>('auth-verify-user', {}, fake);
  await mounted.flow.submit('signIn', { username: 'alice', password: FAKE_PASSWORD });
  await waitForStep(mounted.flow, 'verifyUser', mounted.el);
  return mounted;
}

describe('<auth-verify-user>', () => {
  it('chooses a contact, verifies it with a code, keyboard only', async () => {
    const { el, flow, fake } = await mountUnverified();
    expect(heading(el)).to.equal('Account recovery requires verified contact information');
    expectFocused(el.querySelector('.auth-heading'));
    const radios = [...el.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((radio) => radio.parentElement!.textContent!.trim())).to.deep.equal([
      'Email: a***@e***',
      'Phone Number: +*******1234',
    ]);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Tab' });
    expectFocused(radios[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(radios[1]!.checked).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitForStep(flow, 'confirmVerifyUser', el);
    expect(fake.callsTo('verifyAttribute')[0]!.input).to.deep.equal({ attribute: 'phone_number' });
    expect(field(el, 'Code').autocomplete).to.equal('one-time-code');
    await expect(el).to.be.accessible();

    expect((await confirmCodeByKeyboard(el)).username).to.equal('alice');
  });

  it('can be skipped', async () => {
    const { el, flow } = await mountUnverified();
    button(el, 'Skip').click();
    await waitForStep(flow, 'authenticated', el);
    expect(el.querySelector('form')).to.equal(null);
  });
});
