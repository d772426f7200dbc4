import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { FAKE_PASSWORD, FakeAuthService, button, mountStep, settle, waitForStep } from '../../../test/browser/elements-helpers.js';
import type { AuthSignOut } from './sign-out.js';

describe('<auth-sign-out>', () => {
  it('shows a Sign Out button only while signed in and signs out with the keyboard', async () => {
    const fake = new FakeAuthService();
    fake.sessionUser = { username: 'alice', attributes: {} };
    const { el, flow } = await mountStep<AuthSignOut>('auth-sign-out', {}, fake);
    await waitForStep(flow, 'authenticated', el);
    const signOut = button(el, 'Sign Out');
    await expect(el).to.be.accessible();
    const gate = fake.hold('signOut');
    signOut.focus();
    const signedOut = oneEvent(el, 'auth-signed-out');
    await sendKeys({ press: 'Enter' });
    await gate.started;
    await settle(el);
    expect(button(el, 'Signing out…').disabled).to.equal(true);
    gate.release();
    await signedOut;
    await waitForStep(flow, 'signIn', el);
    expect(el.querySelector('button')).to.equal(null);
  });

  it('renders nothing while signed out, then the button once signed in', async () => {
    const { el, flow } = await mountStep<AuthSignOut>('auth-sign-out');
    expect(flow.step).to.equal('signIn');
    expect(el.querySelector('button')).to.equal(null);
    await flow.submit('signIn', { username: 'alice', password: FAKE_PASSWORD });
    await waitForStep(flow, 'authenticated', el);
    button(el, 'Sign Out');
  });
});
