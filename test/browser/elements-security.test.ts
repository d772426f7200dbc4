/**
 * A whole run through the authenticator: sign up → confirm → signed in → sign out → sign in
 * with TOTP setup → sign out. No event detail, attribute or console line may carry the
 * password, the code or the TOTP secret.
 */
import { expect } from '@open-wc/testing';
import {
  FAKE_CODE,
  FAKE_PASSWORD,
  FAKE_TOTP_SECRET,
  FakeAuthService,
  button,
  fill,
  mountAuthenticator,
  stepElement,
  submit,
  waitForStep,
} from './elements-helpers.js';

const EVENTS = ['auth-step-change', 'auth-signed-in', 'auth-signed-up', 'auth-signed-out', 'auth-error'] as const;
const SECRETS = [FAKE_PASSWORD, FAKE_CODE, FAKE_TOTP_SECRET];
const CONSOLE = ['log', 'info', 'warn', 'error', 'debug'] as const;

/** Every attribute value in the document, shadow roots included. */
function allAttributes(root: Document | ShadowRoot | Element = document): string[] {
  const values: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of element.attributes) values.push(`${attribute.name}=${attribute.value}`);
    if (element.shadowRoot) values.push(...allAttributes(element.shadowRoot));
  }
  return values;
}

describe('secrets stay out of events, attributes and the console', () => {
  const logged: string[] = [];
  const originals = new Map<string, (...args: unknown[]) => void>();

  beforeEach(() => {
    for (const level of CONSOLE) {
      originals.set(level, console[level]);
      console[level] = (...args: unknown[]) => {
        logged.push(args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '));
      };
    }
  });

  afterEach(() => {
    for (const level of CONSOLE) console[level] = originals.get(level)!;
  });

  it('over a full sign-up, confirm, sign-in (TOTP setup) and sign-out run', async () => {
    const fake = new FakeAuthService();
    const { el, flow } = await mountAuthenticator({ signUpAttributes: ['email'] }, fake);
    const details: Array<[string, string]> = [];
    const attributes: string[] = [];
    for (const type of EVENTS) {
      document.addEventListener(type, (event) => details.push([type, JSON.stringify((event as CustomEvent).detail)]));
    }
    const snapshot = () => attributes.push(...allAttributes());

    flow.toSignUp();
    await waitForStep(flow, 'signUp', el);
    fill(stepElement(el), {
      Username: 'zoe',
      Password: FAKE_PASSWORD,
      'Confirm Password': FAKE_PASSWORD,
      Email: 'zoe@example.com',
    });
    snapshot();
    submit(stepElement(el));
    await waitForStep(flow, 'confirmSignUp', el);
    // A wrong code first: errors must not echo it either.
    fill(stepElement(el), { 'Confirmation Code': '999999' });
    submit(stepElement(el));
    await waitForStep(flow, 'confirmSignUp', el);
    fill(stepElement(el), { 'Confirmation Code': FAKE_CODE });
    snapshot();
    submit(stepElement(el));
    await waitForStep(flow, 'authenticated', el);
    button(el, 'Sign Out').click();
    await waitForStep(flow, 'signIn', el);

    fake.handle('signIn', ({ username }) => ({
      kind: 'challenge',
      challenge: 'MFA_SETUP',
      user: { username, attributes: {} },
      handle: { fakeUser: username },
    }));
    fill(stepElement(el), { Username: 'zoe', Password: FAKE_PASSWORD });
    snapshot();
    submit(stepElement(el));
    await waitForStep(flow, 'setupTotp', el);
    expect(el.textContent).to.contain(FAKE_TOTP_SECRET);
    fill(stepElement(el), { Code: FAKE_CODE });
    snapshot();
    submit(stepElement(el));
    await waitForStep(flow, 'authenticated', el);
    button(el, 'Sign Out').click();
    await waitForStep(flow, 'signIn', el);
    snapshot();

    const types = details.map(([type]) => type);
    for (const type of ['auth-signed-up', 'auth-signed-in', 'auth-signed-out', 'auth-error', 'auth-step-change']) {
      expect(types, type).to.include(type);
    }
    for (const secret of SECRETS) {
      for (const [type, json] of details) expect(json, type).to.not.contain(secret);
      for (const attribute of attributes) expect(attribute).to.not.contain(secret);
      for (const line of logged) expect(line).to.not.contain(secret);
    }
  });
});
