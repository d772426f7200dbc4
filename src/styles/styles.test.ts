/** Colour tokens are light-dark() pairs, resolved by the color-scheme of the element using them. */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { AuthSignIn } from '../elements/sign-in/sign-in.js';
import { field, mountAuthenticator, mountStep, settle, stepElement } from '../../test/browser/elements-helpers.js';

const background = (el: Element) => getComputedStyle(el).backgroundColor;
const submitButton = (el: Element) => el.querySelector<HTMLButtonElement>('button[type=submit]')!;

describe('colour tokens', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it("lets an app's token on a wrapper win inside an element forced to dark", async () => {
    const { el } = await mountStep<AuthSignIn>('auth-sign-in');
    el.parentElement!.style.setProperty('--auth-color-primary', 'rgb(1, 2, 3)');
    el.colorScheme = 'dark';
    await settle(el);
    expect(background(submitButton(el))).to.equal('rgb(1, 2, 3)');
    // What the app did not set keeps the kit's dark value.
    expect(background(el)).to.equal('rgb(26, 33, 41)');
  });

  it('follows a forced scheme against the system one, in the authenticator card and its step', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const { el } = await mountAuthenticator();
    const router = el.shadowRoot!.querySelector('[part~=router]')!;
    expect(background(router)).to.equal('rgb(26, 33, 41)');
    expect(background(field(stepElement(el), 'Username'))).to.equal('rgb(16, 22, 28)');

    el.colorScheme = 'light';
    await settle(el);
    expect(background(router)).to.equal('rgb(255, 255, 255)');
    expect(background(field(stepElement(el), 'Username'))).to.equal('rgb(255, 255, 255)');
    expect(background(submitButton(stepElement(el)))).to.equal('rgb(10, 95, 180)');
    await expect(el).to.be.accessible();
  });
});
