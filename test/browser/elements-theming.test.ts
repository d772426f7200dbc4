/** Themes, colour schemes, forced colours, reduced motion, right to left, locale-aware text. */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { baseStyles } from '../../src/styles/base.js';
import type { AuthSignIn } from '../../src/elements/sign-in/sign-in.js';
import type { AuthSignUp } from '../../src/elements/sign-up/sign-up.js';
import type { AuthAuthenticator } from '../../src/elements/authenticator/authenticator.js';
import { FAKE_PASSWORD, field, fill, heading, mountAuthenticator, mountStep, settle, stepElement, submit, waitForStep } from './elements-helpers.js';

const token = (el: Element, name: string) => getComputedStyle(el).getPropertyValue(name).trim();

/** The rules of the base sheet inside `@media <condition>`, as text. */
function mediaRules(condition: string): string {
  const sheet = document.adoptedStyleSheets.find((s) => [...s.cssRules].some((r) => r instanceof CSSLayerBlockRule));
  const layer = [...sheet!.cssRules].find((r): r is CSSLayerBlockRule => r instanceof CSSLayerBlockRule)!;
  return [...layer.cssRules]
    .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.replace(/\s/g, '') === condition)
    .map((r) => r.cssText)
    .join('\n');
}

describe('themes', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));

  it('follows prefers-color-scheme by default, and color-scheme on the element wins', async () => {
    const { el } = await mountStep<AuthSignIn>('auth-sign-in');
    const card = () => getComputedStyle(el).backgroundColor;
    expect(card()).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(card()).to.equal('rgb(26, 33, 41)');
    expect(getComputedStyle(el).colorScheme).to.equal('light dark');
    await expect(el).to.be.accessible();

    el.colorScheme = 'light';
    await settle(el);
    expect(el.getAttribute('color-scheme')).to.equal('light');
    expect(card()).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(el).colorScheme).to.equal('light');
    await expect(el).to.be.accessible();
  });

  it('lets a step inside a dark authenticator inherit its scheme, native controls included', async () => {
    const { el } = await mountAuthenticator();
    el.colorScheme = 'dark';
    await settle(el);
    const step = stepElement(el);
    expect(getComputedStyle(step).colorScheme).to.equal('dark');
    expect(getComputedStyle(field(step, 'Username')).backgroundColor).to.equal('rgb(16, 22, 28)');
    await expect(el).to.be.accessible();
  });

  it('derives focus ring and button radius from base tokens set on the element', async () => {
    const { el } = await mountStep<AuthSignIn>('auth-sign-in');
    el.style.setProperty('--auth-color-focus', 'rgb(255, 0, 0)');
    el.style.setProperty('--auth-radius-control', '0px');
    el.style.setProperty('--auth-border-width', '2px');
    const submitButton = el.querySelector<HTMLButtonElement>('button[type=submit]')!;
    expect(getComputedStyle(submitButton).borderRadius).to.equal('0px');
    expect(getComputedStyle(field(el, 'Username')).borderTopWidth).to.equal('2px');
    field(el, 'Username').focus();
    await sendKeys({ press: 'Shift' }); // keyboard modality: :focus-visible
    expect(getComputedStyle(field(el, 'Username')).outlineColor).to.equal('rgb(255, 0, 0)');
  });

  it('drops transitions when the user prefers reduced motion', async () => {
    const { el } = await mountStep<AuthSignIn>('auth-sign-in');
    const input = field(el, 'Username');
    // Colours change at once (a scheme switch never fades); hover and focus fade.
    expect(getComputedStyle(input).transitionDuration).to.equal('0s');
    input.focus();
    await sendKeys({ press: 'Shift' });
    expect(getComputedStyle(input).transitionDuration).to.equal('0.15s, 0.15s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(token(el, '--auth-transition-duration')).to.equal('0s');
    expect(getComputedStyle(input).transitionDuration).to.equal('0s, 0s');
  });

  it('gives controls, errors and focus system colours in forced-colors mode', async () => {
    await mountStep<AuthSignIn>('auth-sign-in');
    // CSSOM lowercases system colour keywords.
    const css = mediaRules('(forced-colors:active)').toLowerCase();
    // System colours keep borders and focus rings visible on their own; what backgrounds and
    // opacity conveyed is redrawn.
    expect(css).to.match(/\.auth-error:not\(:empty\), \.auth-notice:not\(:empty\) \{ border: 1px solid; \}/);
    expect(css).to.match(/\.auth-button:disabled \{[^}]*color: graytext;[^}]*opacity: 1/);
    expect(css).to.match(/\.auth-tab\[aria-selected="true"\] \{[^}]*color: highlight/);
    // Transparent borders would be painted in system colours: the unselected tab stays unmarked.
    expect(css).to.match(/\.auth-tab:not\(\[aria-selected="true"\]\), \.auth-button--link \{ border-color: canvas; \}/);
    // Also in the source the CDN and npm builds ship.
    expect(baseStyles).to.contain('@media (forced-colors:active)');
  });
});

describe('narrow screens', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  /** How many lines an element's text takes. */
  const lines = (el: Element) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  };

  it('at 320 px the authenticator drops its frame and keeps each tab label on one line, in German too', async () => {
    await setViewport({ width: 320, height: 640 });
    const { el } = await mountAuthenticator();
    const router = el.shadowRoot!.querySelector('[part=router]')!;
    expect([getComputedStyle(router).borderTopWidth, getComputedStyle(router).boxShadow]).to.deep.equal(['0px', 'none']);
    const form = el.querySelector('auth-sign-in form')!.getBoundingClientRect();
    expect(form.width).to.equal(320 - 2 * 8 - 2 * 16); // the page's 8 px margins and the card's padding only
    for (const lang of ['en', 'de']) {
      el.lang = lang;
      if (lang === 'de') await waitUntil(() => heading(el) === 'Bei Ihrem Konto anmelden', 'German loaded');
      await settle(stepElement(el as AuthAuthenticator));
      const tabs = [...el.querySelectorAll('[role=tab]')];
      expect(tabs.map((tab) => [tab.textContent!.trim(), lines(tab)])).to.deep.equal(
        lang === 'de' ? [['Anmelden', 1], ['Konto erstellen', 1]] : [['Sign In', 1], ['Create Account', 1]],
      );
      expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(320);
      await expect(el).to.be.accessible();
    }
  });

  it('at 360 px a step element alone keeps its card, with less padding and each tab label on one line', async () => {
    await setViewport({ width: 360, height: 640 });
    const { el } = await mountStep<AuthSignIn>('auth-sign-in');
    const style = getComputedStyle(el);
    expect([style.paddingInlineStart, style.borderTopWidth]).to.deep.equal(['16px', '1px']);
    expect([...el.querySelectorAll('[role=tab]')].map(lines)).to.deep.equal([1, 1]);
    await setViewport({ width: 800, height: 600 });
    expect(getComputedStyle(el).paddingInlineStart).to.equal('24px');
    await expect(el).to.be.accessible();
  });
});

describe('right to left', () => {
  it('mirrors the layout: tabs start on the right, the password toggle sits at the inline end', async () => {
    const { el } = await mountStep<AuthSignIn>('auth-sign-in');
    const password = el.querySelector<HTMLInputElement>('input[name=password]')!;
    const layout = () => {
      const input = password.getBoundingClientRect();
      const toggle = el.querySelector('.auth-password-toggle')!.getBoundingClientRect();
      const [signIn, create] = [...el.querySelectorAll('[role=tab]')].map((tab) => tab.getBoundingClientRect());
      return { input, toggle, signIn: signIn!, create: create! };
    };
    const ltr = layout();
    expect(ltr.toggle.left).to.be.greaterThan(ltr.input.right - 1);
    expect(ltr.signIn.left).to.be.lessThan(ltr.create.left);

    el.parentElement!.dir = 'rtl';
    el.lang = 'ar';
    await waitUntil(() => heading(el) !== 'Sign in to your account', 'Arabic loaded');
    const rtl = layout();
    expect(rtl.toggle.right).to.be.lessThan(rtl.input.left + 1);
    expect(rtl.signIn.left).to.be.greaterThan(rtl.create.left);
    expect(getComputedStyle(password).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('moves between the two tabs with either arrow key in RTL too', async () => {
    const { el } = await mountStep<AuthSignIn>('auth-sign-in');
    el.dir = 'rtl';
    const [signIn, create] = [...el.querySelectorAll<HTMLElement>('[role=tab]')];
    signIn!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(document.activeElement === create, 'Create Account focused').to.equal(true);
    await sendKeys({ press: 'ArrowRight' });
    expect(document.activeElement === signIn, 'Sign In focused').to.equal(true);
  });

  it('keeps a masked phone destination left to right inside Hebrew text', async () => {
    const { el, flow } = await mountStep<AuthSignUp>('auth-sign-up', { initialStep: 'signUp', loginMechanisms: ['phone_number'] });
    el.parentElement!.dir = 'rtl';
    el.lang = 'he';
    await waitUntil(() => heading(el) !== 'Create a new account', 'Hebrew loaded');
    const values: Record<string, string> = { phone_number: '5550100000', password: FAKE_PASSWORD, confirm_password: FAKE_PASSWORD };
    for (const [name, value] of Object.entries(values)) el.querySelector<HTMLInputElement>(`input[name=${name}]`)!.value = value;
    submit(el);
    await waitForStep(flow, 'confirmSignUp', el);
    const destination = el.querySelector('.auth-text bdi')!;
    expect(destination.getAttribute('dir')).to.equal('ltr');
    expect(destination.textContent).to.equal(flow.codeDelivery!.destination);
    await expect(el).to.be.accessible();
  });
});

describe('locale-aware dial codes', () => {
  it('names countries in the current language, preselects the locale’s country and shows only the code', async () => {
    const { el, fake, flow } = await mountStep<AuthSignIn>('auth-sign-in', { loginMechanisms: ['phone_number'] });
    el.lang = 'de';
    await waitUntil(() => el.querySelectorAll('select option').length > 200, 'dial codes loaded');
    const select = el.querySelector('select')!;
    const names = [...select.options].map((option) => option.textContent!.trim());
    expect(names).to.include('Deutschland (+49)');
    expect(names).to.include('Vereinigte Staaten (+1)');
    // Sorted the German way: Ä with A (Ägypten before Albanien).
    expect(names.indexOf('Ägypten (+20)')).to.be.lessThan(names.indexOf('Albanien (+355)'));
    expect(select.value).to.equal('+49');
    expect(el.querySelector('.auth-dial span')!.textContent).to.equal('+49');
    await expect(el).to.be.accessible();

    // Picking Canada keeps Canada shown (not the first +1 country) and sends +1.
    const canada = [...select.options].find((option) => option.dataset.region === 'CA')!;
    select.value = '+1';
    canada.selected = true;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    expect(select.selectedOptions[0]!.dataset.region).to.equal('CA');
    expect(el.querySelector('.auth-dial span')!.textContent).to.equal('+1');
    fill(el, { Telefonnummer: '5550100000', Passwort: FAKE_PASSWORD });
    submit(el);
    await waitForStep(flow, 'authenticated', el);
    expect(fake.callsTo('signIn')[0]!.input!.username).to.equal('+15550100000');
  });

  it('offers only formFields.dialCodes, with every country that uses them, in Arabic', async () => {
    const { el } = await mountStep<AuthSignIn>('auth-sign-in', { loginMechanisms: ['phone_number'] });
    el.lang = 'ar';
    el.formFields = { signIn: { username: { dialCodes: ['+44', '+971'], dialCode: '+971' } } };
    await waitUntil(() => el.querySelectorAll('select option').length > 1, 'dial codes loaded');
    const select = el.querySelector('select')!;
    const regions = [...select.options].map((option) => option.dataset.region).sort();
    expect(regions).to.deep.equal(['AE', 'GB', 'GG', 'IM', 'JE']);
    expect(select.selectedOptions[0]!.textContent).to.contain(new Intl.DisplayNames('ar', { type: 'region' }).of('AE'));
    expect(select.value).to.equal('+971');
  });
});
