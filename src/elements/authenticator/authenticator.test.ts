import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { Auth } from '@aws-amplify/auth';
import { html } from 'lit';
import { AuthFlow } from '../../core/flow.js';
import type { AuthFlowApi } from '../../core/types.js';
import { FlowController } from '../shared/flow-controller.js';
import {
  expectFocused, FAKE_PASSWORD,
  FakeAuthService,
  button,
  field,
  fill,
  heading,
  mountAuthenticator,
  settle,
  stepElement,
  submit,
  waitForStep,
} from '../../../test/browser/elements-helpers.js';
import type { AuthAuthenticator } from './authenticator.js';

describe('<auth-authenticator>', () => {
  it('renders the step element into its light DOM, slotted into the card', async () => {
    const { el } = await mountAuthenticator();
    const step = stepElement(el);
    expect(step.localName).to.equal('auth-sign-in');
    expect(step.parentElement).to.equal(el);
    expect(el.shadowRoot!.querySelector('input')).to.equal(null);
    const router = el.shadowRoot!.querySelector('[part=router]')!;
    expect(router.querySelector<HTMLSlotElement>('slot[name=step]')!.assignedElements()).to.deep.equal([step]);
    expect(el.shadowRoot!.querySelector('[part=container]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('exposes its password inputs to the top document, each inside a <form>', async () => {
    const { el, flow } = await mountAuthenticator();
    expect(document.querySelectorAll('input[type=password]')).to.have.length(1);
    flow.toSignUp();
    await waitForStep(flow, 'signUp', el);
    const passwords = [...document.querySelectorAll<HTMLInputElement>('input[type=password]')];
    expect(passwords.map((input) => input.autocomplete)).to.deep.equal(['new-password', 'new-password']);
    for (const input of passwords) expect(input.closest('form')).to.not.equal(null);
    expect(document.querySelector<HTMLInputElement>('input[autocomplete=username]')!.closest('form')).to.equal(
      passwords[0]!.closest('form'),
    );
  });

  it('shows the app only once signed in, and signs out from <auth-sign-out> inside it', async () => {
    const { el, flow } = await mountAuthenticator();
    const app = el.querySelector('main')!;
    expect(app.assignedSlot).to.equal(null);
    expect(el.querySelector('auth-sign-out button')).to.equal(null);

    fill(stepElement(el), { Username: 'alice', Password: FAKE_PASSWORD });
    const signedIn = oneEvent(el, 'auth-signed-in');
    submit(stepElement(el));
    expect((await signedIn).detail).to.deep.equal({ username: 'alice', attributes: { email: 'alice@example.com' } });
    await waitForStep(flow, 'authenticated', el);
    expect(app.assignedSlot).to.not.equal(null);
    expect(el.querySelector('[slot=step]')).to.equal(null);
    expect(el.shadowRoot!.querySelector<HTMLElement>('[part=container]')!.hidden).to.equal(true);
    await expect(el).to.be.accessible();

    const signedOut = oneEvent(el, 'auth-signed-out');
    button(el, 'Sign Out').click();
    expect((await signedOut).detail).to.deep.equal({});
    await waitForStep(flow, 'signIn', el);
    expect(app.assignedSlot).to.equal(null);
  });

  it('dispatches auth-step-change and focuses the new step heading', async () => {
    const { el, flow } = await mountAuthenticator();
    const change = oneEvent(el, 'auth-step-change');
    button(el, 'Forgot your password?').click();
    const event = await change;
    expect(event.detail).to.deep.equal({ step: 'forgotPassword', previousStep: 'signIn' });
    expect(event.bubbles && event.composed).to.equal(true);
    await waitForStep(flow, 'forgotPassword', el);
    expect(stepElement(el).localName).to.equal('auth-forgot-password');
    expectFocused(el.querySelector('.auth-heading'));
    expect(heading(el)).to.equal('Reset Password');
  });

  it('places header, footer and per-step slots', async () => {
    const { el, flow } = await mountAuthenticator(
      {},
      new FakeAuthService(),
      html`<h1 slot="header">Acme</h1>
        <p slot="footer">Footer</p>
        <p slot="signIn-header">Welcome back</p>
        <p slot="signUp-footer">Terms</p>`,
    );
    const assigned = (name: string) =>
      el.shadowRoot!.querySelector<HTMLSlotElement>(`slot[name="${name}"]`)?.assignedElements()[0]?.textContent;
    expect(assigned('header')).to.equal('Acme');
    expect(assigned('footer')).to.equal('Footer');
    expect(assigned('signIn-header')).to.equal('Welcome back');
    expect(assigned('signUp-footer')).to.equal(undefined);
    flow.toSignUp();
    await waitForStep(flow, 'signUp', el);
    expect(assigned('signIn-header')).to.equal(undefined);
    expect(assigned('signUp-footer')).to.equal('Terms');
  });

  it('overlays the page as a modal dialog with variation="modal"', async () => {
    const { el } = await mountAuthenticator();
    el.variation = 'modal';
    await settle(el);
    const container = el.shadowRoot!.querySelector<HTMLElement>('[part=container]')!;
    expect(container.getAttribute('role')).to.equal('dialog');
    expect(container.getAttribute('aria-modal')).to.equal('true');
    expect(container.getAttribute('aria-label')).to.equal('Sign In');
    expect(getComputedStyle(container).position).to.equal('fixed');
    await expect(el).to.be.accessible();
  });

  it('hands formFields down to the step elements', async () => {
    const { el } = await mountAuthenticator();
    el.formFields = { signIn: { username: { label: 'Work email' } } };
    await settle(el);
    expect(field(el, 'Work email').name).to.equal('username');
  });

  it('translates its steps and error events from lang', async () => {
    const { el, flow } = await mountAuthenticator();
    el.lang = 'de';
    await waitUntil(() => heading(el) === 'Bei Ihrem Konto anmelden', 'German loaded');
    fill(stepElement(el), { Benutzername: 'alice', Passwort: 'wrong' });
    const error = oneEvent(el, 'auth-error');
    submit(stepElement(el));
    expect((await error).detail.message).to.equal('Falscher Benutzername oder falsches Passwort.');
    await waitForStep(flow, 'signIn', el);
    expect(el.querySelector('[role=alert]')!.textContent!.trim()).to.equal('Falscher Benutzername oder falsches Passwort.');
  });

  it('switches tokens with color-scheme', async () => {
    const { el } = await mountAuthenticator();
    // Colour tokens are light-dark() pairs: the colour they resolve to is what switches.
    const surface = () => getComputedStyle(el.shadowRoot!.querySelector('[part~=router]')!).backgroundColor;
    el.colorScheme = 'dark';
    await settle(el);
    expect(surface()).to.equal('rgb(26, 33, 41)');
    el.colorScheme = 'light';
    await settle(el);
    expect(surface()).to.equal('rgb(255, 255, 255)');
  });

  it('lets plain app CSS win over the base styles without !important', async () => {
    const style = document.createElement('style');
    style.textContent = '.auth-button--primary { background: rgb(1, 2, 3); }';
    document.head.append(style);
    try {
      const { el } = await mountAuthenticator();
      const submitButton = el.querySelector<HTMLElement>('button[type=submit]')!;
      expect(getComputedStyle(submitButton).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(submitButton).minHeight).to.equal('44px');
    } finally {
      style.remove();
    }
  });

  it('releases every subscription when removed', async () => {
    const fake = new FakeAuthService();
    const flow = new AuthFlow(fake);
    let active = 0;
    const track =
      <T extends (...args: never[]) => () => void>(original: T) =>
      (...args: Parameters<T>) => {
        active++;
        const stop = original(...args);
        return () => {
          active--;
          stop();
        };
      };
    const tracked = flow as AuthFlowApi;
    tracked.subscribe = track(flow.subscribe.bind(flow));
    tracked.onEvent = track(flow.onEvent.bind(flow));
    const el = await fixture<AuthAuthenticator>(
      html`<auth-authenticator .flow=${flow}><auth-sign-out></auth-sign-out></auth-authenticator>`,
    );
    await waitForStep(flow, 'signIn', el);
    // authenticator (view + events), its sign-in element, the sign-out element.
    expect(active).to.equal(4);
    el.remove();
    expect(active).to.equal(0);
  });

  it('creates its own Amplify-backed flow from its attributes when given none', async () => {
    // A pool that exists only on loopback: with no stored session Amplify makes no request.
    Auth.configure({
      userPoolId: 'us-east-1_test',
      userPoolWebClientId: 'client',
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9',
    });
    const el = await fixture<AuthAuthenticator>(
      html`<auth-authenticator login-mechanisms="email" hide-sign-up></auth-authenticator>`,
    );
    await waitUntil(() => el.querySelector('auth-sign-in form'), 'sign-in shown', { timeout: 5000 });
    await settle(el);
    expect(field(el, 'Email').type).to.equal('email');
    expect(el.querySelector('[role=tab]')).to.equal(null);
    const controller = (el as unknown as { controller: FlowController }).controller;
    expect(controller.hosting).to.equal(true);
    el.remove();
  });

  it('takes properties a framework sets right after connecting (React, @lit/react)', async () => {
    Auth.configure({
      userPoolId: 'us-east-1_test',
      userPoolWebClientId: 'client',
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9',
    });
    const el = document.createElement('auth-authenticator');
    document.body.append(el);
    // As useLayoutEffect does: after connectedCallback, before the own flow exists.
    el.initialStep = 'signUp';
    el.signUpAttributes = ['email'];
    try {
      await waitUntil(() => el.querySelector('auth-sign-up form'), 'sign-up shown', { timeout: 5000 });
      await settle(el);
      expect(field(el, 'Email').type).to.equal('email');
    } finally {
      el.remove();
    }
  });

  it('keeps a flow a framework gives right after connecting over the own flow it was creating', async () => {
    const el = document.createElement('auth-authenticator');
    document.body.append(el);
    const flow = new AuthFlow(new FakeAuthService(), { initialStep: 'signUp' });
    el.flow = flow;
    const controller = (el as unknown as { controller: FlowController }).controller;
    try {
      // The own flow arrives after the given one: it must be dropped, not adopted.
      await import('../shared/default-flow.js');
      await new Promise((resolve) => setTimeout(resolve));
      await waitUntil(() => el.querySelector('auth-sign-up form'), 'sign-up shown', { timeout: 5000 });
      await settle(el);
      expect(controller.flow === flow && controller.hosting, 'the given flow, hosted').to.equal(true);
    } finally {
      el.remove();
    }
  });
});
