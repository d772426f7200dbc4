/**
 * Customisation: formFields, TOTP issuer and account in the QR code, app fields in the sign-up
 * form, slots of every step, the authenticator's attributes, social sign-in through Amplify, and
 * zero configuration from an Amplify CLI config.
 */
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { Auth } from '@aws-amplify/auth';
import { html } from 'lit';
import { qrPath } from '../../src/elements/mfa/qr-code.js';
import { AuthFlow } from '../../src/core/flow.js';
import { totpUri } from '../../src/core/machine.js';
import type { AuthService, Message, SocialProvider } from '../../src/core/types.js';
import { createAmplifyAuthService, type AmplifyAuth } from '../../src/amplify/index.js';
import { STEP_TAGS } from '../../src/elements/shared/steps.js';
import type { AuthAuthenticator } from '../../src/elements/authenticator/authenticator.js';
import type { AuthMfa } from '../../src/elements/mfa/mfa.js';
import type { AuthSignIn } from '../../src/elements/sign-in/sign-in.js';
import type { AuthSignUp } from '../../src/elements/sign-up/sign-up.js';
import { scenario, type ScenarioStep } from '../../stories/support/scenarios.js';
import {
  FAKE_PASSWORD,
  FAKE_TOTP_SECRET,
  FakeAuthService,
  button,
  expectFocused,
  field,
  fill,
  heading,
  mountAuthenticator,
  mountStep,
  settle,
  stepElement,
  submit,
  waitForStep,
} from './elements-helpers.js';

describe('formFields', () => {
  it('sets label, placeholder, hidden label, order, required, default value and autocomplete', async () => {
    const { el } = await mountStep<AuthSignUp>('auth-sign-up', {
      initialStep: 'signUp',
      signUpAttributes: ['email', 'custom:company'],
    });
    el.formFields = {
      signUp: {
        username: { order: 3 },
        email: { label: 'Work email', placeholder: 'you@company.com', order: 1, defaultValue: 'me@acme.test' },
        'custom:company': { label: 'Company', labelHidden: true, placeholder: 'Company', order: 2, required: false, autocomplete: 'organization' },
        password: { defaultValue: 'never-prefilled' },
      },
    };
    await settle(el);
    const names = [...el.querySelectorAll<HTMLInputElement>('form input')].map((input) => input.name);
    expect(names).to.deep.equal(['email', 'custom:company', 'username', 'password', 'confirm_password']);
    const email = field(el, 'Work email');
    expect([email.placeholder, email.value, email.required]).to.deep.equal(['you@company.com', 'me@acme.test', true]);
    const company = field(el, 'Company');
    expect(company.labels![0]!.classList.contains('auth-visually-hidden')).to.equal(true);
    expect([company.required, company.autocomplete]).to.deep.equal([false, 'organization']);
    expect(field(el, 'Password').value).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('lets a sign-up attribute marked required: false stay empty, and still checks it when filled', async () => {
    const { el, fake } = await mountStep<AuthSignUp>('auth-sign-up', {
      initialStep: 'signUp',
      signUpAttributes: ['email', 'name', 'nickname'],
    });
    el.formFields = { signUp: { email: { required: false }, name: { required: false } } };
    await settle(el);
    fill(el, { Username: 'carol', Email: 'not-an-email', Nickname: 'caz', Password: FAKE_PASSWORD, 'Confirm Password': FAKE_PASSWORD });
    submit(el);
    await settle(el);
    // Filled in, an optional field must still be valid.
    expect(fake.callsTo('signUp')).to.have.length(0);
    expect(field(el, 'Email').getAttribute('aria-invalid')).to.equal('true');
    expect(field(el, 'Name').getAttribute('aria-invalid')).to.not.equal('true');
    await expect(el).to.be.accessible();
    fill(el, { Email: '', Password: FAKE_PASSWORD, 'Confirm Password': FAKE_PASSWORD });
    submit(el);
    await waitUntil(() => fake.callsTo('signUp').length === 1, 'signUp called');
    const input = fake.callsTo('signUp')[0]!.input as { username: string; attributes: Record<string, string> };
    expect(input.attributes).to.deep.equal({ nickname: 'caz' });
  });

  it('puts formFields.setupTotp.QR issuer and account name into the QR code', async () => {
    const fake = new FakeAuthService().handle('signIn', ({ username }) => ({
      kind: 'challenge', challenge: 'MFA_SETUP', user: { username, attributes: {} }, handle: { fakeUser: username },
    }));
    const { el, flow } = await mountStep<AuthMfa>('auth-mfa', { totpIssuer: 'Flow issuer' }, fake);
    el.formFields = { setupTotp: { QR: { totpIssuer: 'Acme Corp', totpUsername: 'alice@acme.test' } } };
    await flow.submit('signIn', { username: 'alice', password: FAKE_PASSWORD });
    await waitForStep(flow, 'setupTotp', el);
    const drawn = () => el.querySelector('svg.auth-qr path')?.getAttribute('d');
    await waitUntil(drawn, 'QR code drawn');
    expect(drawn()).to.equal(qrPath(totpUri('Acme Corp', 'alice@acme.test', FAKE_TOTP_SECRET)).d);
    expect(drawn()).to.not.equal(qrPath(flow.totpSetup!.uri).d);
    await expect(el).to.be.accessible();

    el.formFields = undefined;
    await waitUntil(() => drawn() === qrPath(totpUri('Flow issuer', 'alice', FAKE_TOTP_SECRET)).d, 'flow issuer drawn');
  });
});

/** App fields for the sign-up form, as an app writes them. */
const appFields = () => html`
  <label slot="sign-up-fields" class="app-field">Company <input name="custom:company" autocomplete="organization" /></label>
  <label slot="sign-up-fields" class="app-field"><input type="checkbox" name="terms" /> I agree to the terms</label>
  <main>Signed-in app</main>`;

/** The app's rule: the terms must be accepted; companies must not be "Evil". */
function validateCustomSignUp(values: Record<string, string>): Record<string, Message> | undefined {
  const errors: Record<string, Message> = {};
  if (values.terms !== 'on') errors.terms = { key: 'You must agree to the terms' };
  if (values['custom:company'] === 'Evil') errors['custom:company'] = { key: 'Not that company' };
  return Object.keys(errors).length ? errors : undefined;
}

describe('sign-up-fields', () => {
  it('moves the app fields into the sign-up form, validates them and sends custom:* as attributes', async () => {
    const fake = new FakeAuthService();
    const { el, flow } = await mountAuthenticator({ validateCustomSignUp }, fake, appFields());
    const [company, terms] = [...el.querySelectorAll<HTMLElement>('.app-field')];
    // Not shown on sign in: the authenticator has no slot of that name.
    expect(company!.assignedSlot).to.equal(null);
    expect(company!.getClientRects().length).to.equal(0);

    flow.toSignUp();
    await waitForStep(flow, 'signUp', el);
    const form = stepElement(el).querySelector('form')!;
    // The mover loads on demand. (Booleans: a failed DOM comparison cannot be reported.)
    await waitUntil(() => company!.closest('form') === form && terms!.closest('form') === form, 'app fields in the form');
    // After the built-in fields, before the alert and the submit button.
    expect(form.querySelector('.auth-custom-fields')!.compareDocumentPosition(form.querySelector('[role=alert]')!)).to.equal(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    await expect(el).to.be.accessible();

    fill(el, { Username: 'bob', Password: FAKE_PASSWORD, 'Confirm Password': FAKE_PASSWORD });
    const companyInput = company!.querySelector('input')!;
    companyInput.value = 'Evil';
    submit(stepElement(el));
    await waitUntil(() => !flow.pending && Object.keys(flow.fieldErrors).length > 0, 'validated');
    await settle(el);
    expect(fake.callsTo('signUp')).to.have.length(0);
    const termsInput = terms!.querySelector('input')!;
    const messageOf = (input: HTMLInputElement) =>
      document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent;
    expect(termsInput.getAttribute('aria-invalid')).to.equal('true');
    expect(messageOf(termsInput)).to.equal('You must agree to the terms');
    expect(messageOf(companyInput)).to.equal('Not that company');
    // Shown right after the app's field.
    expect(terms!.nextElementSibling!.textContent).to.equal('You must agree to the terms');
    // Focus goes to the first invalid field.
    expect(document.activeElement === companyInput, 'focus on the company field').to.equal(true);
    await expect(el).to.be.accessible();

    companyInput.value = 'Acme';
    termsInput.checked = true;
    fill(el, { Password: FAKE_PASSWORD, 'Confirm Password': FAKE_PASSWORD });
    submit(stepElement(el));
    await waitForStep(flow, 'confirmSignUp', el);
    const input = fake.callsTo('signUp')[0]!.input as { username: string; attributes: Record<string, string> };
    expect(input.username).to.equal('bob');
    expect(input.attributes).to.deep.equal({ 'custom:company': 'Acme' });
    // Back with the authenticator (unslotted, hidden) once the sign-up form is gone.
    expect(company!.parentElement === el, 'back with the authenticator').to.equal(true);
    expect(termsInput.hasAttribute('aria-invalid')).to.equal(false);
    expect(company!.getClientRects().length).to.equal(0);
    await expect(el).to.be.accessible();

    // Back to sign up again: the same nodes return, with what was typed.
    button(el, 'Back to Sign In').click();
    await waitForStep(flow, 'signIn', el);
    flow.toSignUp();
    await waitForStep(flow, 'signUp', el);
    await waitUntil(() => company!.closest('form') === stepElement(el).querySelector('form'), 'back in the form');
    expect(companyInput.value).to.equal('Acme');
  });

  it('takes services.validateCustomSignUp on the authenticator’s own flow', async () => {
    const signUps: Array<Parameters<AuthService['signUp']>[0]> = [];
    const el = await fixture<AuthAuthenticator>(html`<auth-authenticator initial-step="signUp"
      .services=${{
        currentUser: async () => null,
        signUp: async (input: Parameters<AuthService['signUp']>[0]) => {
          signUps.push(input);
          return { userConfirmed: false, codeDelivery: { deliveryMedium: 'EMAIL', destination: 'b***@e***' } };
        },
        validateCustomSignUp,
      }}>${appFields()}</auth-authenticator>`);
    await waitUntil(() => el.querySelector('auth-sign-up form .app-field'), 'sign-up form with app fields', { timeout: 5000 });
    await settle(el);
    fill(el, { Username: 'carol', Password: FAKE_PASSWORD, 'Confirm Password': FAKE_PASSWORD });
    submit(stepElement(el));
    await waitUntil(() => el.querySelector('[name=terms][aria-invalid=true]'), 'terms flagged');
    expect(signUps).to.have.length(0);
    el.querySelector<HTMLInputElement>('[name=terms]')!.checked = true;
    el.querySelector<HTMLInputElement>('[name="custom:company"]')!.value = 'Acme';
    fill(el, { Password: FAKE_PASSWORD, 'Confirm Password': FAKE_PASSWORD });
    const signedUp = oneEvent(el, 'auth-signed-up');
    submit(stepElement(el));
    expect((await signedUp).detail.username).to.equal('carol');
    expect(signUps[0]!.attributes).to.deep.equal({ 'custom:company': 'Acme' });
    el.remove();
  });

  it('works for a standalone <auth-sign-up> with its own slotted children', async () => {
    const fake = new FakeAuthService();
    const flow = new AuthFlow(fake, { initialStep: 'signUp', validateCustomSignUp });
    const el = document.createElement('auth-sign-up') as AuthSignUp;
    el.innerHTML = `<label slot="sign-up-fields"><input type="checkbox" name="terms"> I agree</label>`;
    const label = el.firstElementChild!;
    el.flow = flow;
    document.body.append(el);
    try {
      await waitForStep(flow, 'signUp', el);
      await waitUntil(() => label.closest('form') === el.querySelector('form'), 'app field in the form');
      expect(el.querySelectorAll(':scope > label')).to.have.length(0);
      await expect(el).to.be.accessible();
      // A re-render leaves a field already in place alone: moving it would take the user's focus.
      el.querySelector<HTMLInputElement>('[name=terms]')!.focus();
      el.requestUpdate();
      await el.updateComplete;
      expectFocused(el.querySelector('[name=terms]'));
      el.querySelector<HTMLInputElement>('[name=terms]')!.checked = true;
      fill(el, { Username: 'dan', Password: FAKE_PASSWORD, 'Confirm Password': FAKE_PASSWORD });
      submit(el);
      await waitForStep(flow, 'confirmSignUp', el);
      // Kept out of sight while the confirmation shows, and back home when the element leaves.
      expect(label.isConnected).to.equal(false);
    } finally {
      el.remove();
    }
    expect(label.parentElement === el, 'back in <auth-sign-up>').to.equal(true);
  });
});

describe('slots of every step', () => {
  const steps = (Object.keys(STEP_TAGS) as ScenarioStep[]).filter((step) => STEP_TAGS[step]);

  for (const step of steps) {
    it(`places header, footer, ${step}-header and ${step}-footer`, async () => {
      const { flow } = await scenario(step);
      const el = await fixture<AuthAuthenticator>(html`<auth-authenticator .flow=${flow}>
        <p slot="header">Brand</p><p slot="footer">Legal</p>
        <p slot=${`${step}-header`}>Step header</p><p slot=${`${step}-footer`}>Step footer</p>
        <p slot="other-header">Other</p></auth-authenticator>`);
      try {
        await settle(el);
        const shown = (name: string) =>
          el.shadowRoot!.querySelector<HTMLSlotElement>(`slot[name="${name}"]`)?.assignedElements().map((node) => node.textContent);
        expect(shown('header')).to.deep.equal(['Brand']);
        expect(shown('footer')).to.deep.equal(['Legal']);
        expect(shown(`${step}-header`)).to.deep.equal(['Step header']);
        expect(shown(`${step}-footer`)).to.deep.equal(['Step footer']);
        expect(shown('other-header')).to.equal(undefined);
        // Inside the card, around the step element.
        const names = [...el.shadowRoot!.querySelectorAll('[part=router] slot')].map((slot) => slot.getAttribute('name'));
        expect(names).to.deep.equal([`${step}-header`, 'step', `${step}-footer`]);
        expect(stepElement(el).localName).to.equal(STEP_TAGS[step]);
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
        flow.dispose();
      }
    });
  }
});

describe('the authenticator’s own flow', () => {
  /** A pool that exists only on loopback: with no stored session Amplify makes no request. */
  const pool = { userPoolId: 'us-east-1_test', userPoolWebClientId: 'client', region: 'us-east-1', endpoint: 'http://127.0.0.1:9' };

  it('takes initial-step, sign-up-attributes, social-providers, login-mechanisms and variation', async () => {
    Auth.configure(pool);
    const el = await fixture<AuthAuthenticator>(html`<auth-authenticator initial-step="signUp"
      login-mechanisms="email" sign-up-attributes="given_name custom:team" social-providers="google apple"
      variation="modal"></auth-authenticator>`);
    await waitUntil(() => el.querySelector('auth-sign-up form'), 'sign-up shown', { timeout: 5000 });
    await settle(el);
    const names = [...el.querySelectorAll<HTMLInputElement>('form input')].map((input) => input.name);
    expect(names).to.deep.equal(['email', 'password', 'confirm_password', 'given_name', 'custom:team']);
    expect(el.shadowRoot!.querySelector('[part=container]')!.getAttribute('role')).to.equal('dialog');
    await expect(el).to.be.accessible();
    button(el, 'Sign In').click();
    await waitUntil(() => el.querySelector('auth-sign-in .auth-social'), 'sign-in shown');
    const social = [...el.querySelectorAll('.auth-social button')].map((b) => b.textContent!.trim());
    expect(social).to.deep.equal(['Sign In with Google', 'Sign In with Apple']);
    el.remove();
  });

  it('infers everything from an Amplify CLI config (aws-exports); explicit attributes win', async () => {
    Auth.configure({
      ...pool,
      aws_cognito_username_attributes: ['EMAIL'],
      aws_cognito_signup_attributes: ['EMAIL', 'NAME'],
      aws_cognito_social_providers: ['FACEBOOK', 'AMAZON'],
      aws_cognito_verification_mechanisms: ['EMAIL'],
      aws_cognito_password_protection_settings: { passwordPolicyMinLength: 12, passwordPolicyCharacters: ['REQUIRES_SYMBOLS'] },
    });
    try {
      const el = await fixture<AuthAuthenticator>(html`<auth-authenticator></auth-authenticator>`);
      await waitUntil(() => el.querySelector('auth-sign-in form .auth-social button svg'), 'sign-in with marks', { timeout: 5000 });
      await settle(el);
      expect(field(el, 'Email').type).to.equal('email');
      const social = [...el.querySelectorAll('.auth-social button')].map((b) => b.textContent!.trim());
      expect(social).to.deep.equal(['Sign In with Facebook', 'Sign In with Amazon']);
      await expect(el).to.be.accessible();
      button(el, 'Create Account').click();
      await waitUntil(() => el.querySelector('auth-sign-up form'), 'sign-up shown');
      await settle(el);
      const names = [...el.querySelectorAll<HTMLInputElement>('form input')].map((input) => input.name);
      expect(names).to.deep.equal(['email', 'password', 'confirm_password', 'name']);
      const hints = [...el.querySelectorAll('.auth-hint li')].map((li) => li.textContent);
      expect(hints).to.deep.equal(['Password must have at least 12 characters', 'Password must have special characters']);
      el.remove();

      const explicit = await fixture<AuthAuthenticator>(html`<auth-authenticator login-mechanisms="username"
        social-providers=""></auth-authenticator>`);
      await waitUntil(() => explicit.querySelector('auth-sign-in form'), 'sign-in shown', { timeout: 5000 });
      await settle(explicit);
      expect(field(explicit, 'Username').type).to.equal('text');
      expect(explicit.querySelector('.auth-social')).to.equal(null);
      explicit.remove();
    } finally {
      Auth.configure({
        aws_cognito_username_attributes: [],
        aws_cognito_signup_attributes: [],
        aws_cognito_social_providers: [],
        aws_cognito_verification_mechanisms: [],
        aws_cognito_password_protection_settings: {},
      });
    }
  });
});

describe('social sign-in', () => {
  it('through the real Amplify Auth: the Hosted UI address it opens names the provider (no network)', async () => {
    const opened: string[] = [];
    Auth.configure({
      userPoolId: 'us-east-1_test',
      userPoolWebClientId: 'client',
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9',
      oauth: {
        domain: 'auth.example.test',
        scope: ['email', 'openid'],
        redirectSignIn: 'http://localhost:3000/callback',
        redirectSignOut: 'http://localhost:3000/',
        responseType: 'code',
        // Amplify's hook for where the browser goes: record it instead of leaving the test page.
        urlOpener: async (url: string) => void opened.push(url),
      },
    });
    try {
      const el = await fixture<AuthAuthenticator>(html`<auth-authenticator social-providers="google apple"></auth-authenticator>`);
      await waitUntil(() => el.querySelectorAll('.auth-social button svg').length === 2, 'social buttons', { timeout: 5000 });
      await settle(el);
      const apple = button(el, 'Sign In with Apple');
      apple.focus();
      apple.click();
      await waitUntil(() => opened.length === 1, 'Amplify opened the Hosted UI', { timeout: 5000 });
      const url = new URL(opened[0]!);
      expect(`${url.origin}${url.pathname}`).to.equal('https://auth.example.test/oauth2/authorize');
      const query = Object.fromEntries(url.searchParams);
      expect(query).to.include({
        identity_provider: 'SignInWithApple',
        client_id: 'client',
        redirect_uri: 'http://localhost:3000/callback',
        response_type: 'code',
        scope: 'email openid',
        code_challenge_method: 'S256',
      });
      await waitUntil(() => !apple.disabled, 'the button is usable again if the page stays');
      el.remove();
    } finally {
      Auth.configure({ oauth: undefined });
    }
  });

  it('shows each provider’s mark and hands Amplify the Cognito provider name', async () => {
    const requested: unknown[] = [];
    const auth = {
      configure: () => ({ oauth: { domain: 'auth.example.test' } }),
      currentAuthenticatedUser: () => Promise.reject('The user is not authenticated'),
      federatedSignIn: async (options: unknown) => void requested.push(options),
    } as unknown as AmplifyAuth;
    const service = createAmplifyAuthService({ auth, hub: { listen: () => () => {} } });
    const providers: SocialProvider[] = ['amazon', 'apple', 'facebook', 'google'];
    const flow = new AuthFlow(service, { socialProviders: providers });
    const el = document.createElement('auth-sign-in') as AuthSignIn;
    el.flow = flow;
    document.body.append(el);
    try {
      await waitUntil(() => el.querySelectorAll('.auth-social button svg').length === 4, 'marks loaded', { timeout: 5000 });
      expect(heading(el)).to.equal('Sign in to your account');
      for (const svg of el.querySelectorAll('.auth-social svg')) expect(svg.getAttribute('aria-hidden')).to.equal('true');
      await expect(el).to.be.accessible();
      for (const provider of providers) {
        el.querySelector<HTMLButtonElement>(`[data-provider=${provider}]`)!.click();
        await waitUntil(() => !flow.pending && requested.length === providers.indexOf(provider) + 1, provider);
      }
      expect(requested).to.deep.equal([
        { provider: 'LoginWithAmazon' },
        { provider: 'SignInWithApple' },
        { provider: 'Facebook' },
        { provider: 'Google' },
      ]);
    } finally {
      el.remove();
      flow.dispose();
    }
  });
});
