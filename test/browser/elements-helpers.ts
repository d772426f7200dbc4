/** Helpers for the element tests: mount with a fake service, find things as a user does. */
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { AuthFlow } from '../../src/core/flow.js';
import type { FlowOptions, Step } from '../../src/core/types.js';
import type { AuthAuthenticator } from '../../src/elements/authenticator/authenticator.js';
import type { AuthSignedInDetail } from '../../src/elements/shared/events.js';
import { FAKE_CODE, FakeAuthService } from '../support/fake-auth-service.js';

export { FAKE_CODE, FAKE_PASSWORD, FAKE_TOTP_SECRET, FakeAuthService, authError } from '../support/fake-auth-service.js';

export interface Mounted<E extends HTMLElement> {
  el: E;
  flow: AuthFlow;
  fake: FakeAuthService;
}

/** Waits until the flow is idle on `step` and every element rendered it. */
export async function waitForStep(flow: AuthFlow, step: Step, root: Element = document.body): Promise<void> {
  await waitUntil(() => flow.step === step && !flow.pending, `step ${step} (at ${flow.step})`, { timeout: 3000 });
  await settle(root);
}

/** Lets pending Lit updates (the root's and its descendants') finish. */
export async function settle(root: Element = document.body): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const elements = [root, ...root.querySelectorAll('*')] as Array<Element & { updateComplete?: Promise<unknown> }>;
    await Promise.all(elements.map((element) => element.updateComplete));
  }
}

/** An authenticator on a flow over a fake service; resolves once the first step is shown. */
export async function mountAuthenticator(
  options: Partial<FlowOptions> = {},
  fake = new FakeAuthService(),
  content: TemplateResult = html`<main>Signed-in app <auth-sign-out></auth-sign-out></main>`,
): Promise<Mounted<AuthAuthenticator>> {
  const flow = new AuthFlow(fake, options);
  const el = await fixture<AuthAuthenticator>(html`<auth-authenticator .flow=${flow}>${content}</auth-authenticator>`);
  await waitUntil(() => flow.step !== 'setup' && !flow.pending, 'flow started');
  await settle(el);
  return { el, flow, fake };
}

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const container of mounted.splice(0)) container.remove();
});

/** A step element alone with its own (explicit) flow. */
export async function mountStep<E extends HTMLElement>(
  tag: string,
  options: Partial<FlowOptions> = {},
  fake = new FakeAuthService(),
): Promise<Mounted<E>> {
  const flow = new AuthFlow(fake, options);
  // Not `fixture(html`<div>...`)`: a plain wrapper makes it wait for an animation frame, which
  // never comes in a page that runs in the background (tests run two pages at once).
  const el = document.createElement(tag) as E & { flow: AuthFlow };
  el.flow = flow;
  const container = document.createElement('div');
  container.append(el);
  document.body.append(container);
  mounted.push(container);
  await waitUntil(() => flow.step !== 'setup' && !flow.pending, 'flow started');
  await settle(el);
  return { el, flow, fake };
}

/** The input a visible label names (as a user finds it). */
export function field(root: Element, label: string): HTMLInputElement {
  const found = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  if (!found) throw new Error(`no field labelled "${label}"`);
  const input = found.htmlFor ? root.ownerDocument.getElementById(found.htmlFor) : found.querySelector('input');
  if (!input) throw new Error(`label "${label}" points at nothing`);
  return input as HTMLInputElement;
}

/** The button whose accessible text is `name`. */
export function button(root: Element, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

/** The visible heading text of the current step. */
export function heading(root: Element): string {
  return root.querySelector('.auth-heading')?.textContent?.trim() ?? '';
}

/** Fills fields by label, without the keyboard (the keyboard tests use `typeInto`). */
export function fill(root: Element, values: Record<string, string>): void {
  for (const [label, value] of Object.entries(values)) {
    const input = field(root, label);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

/** Submits the step's form as pressing its submit button does. */
export function submit(root: Element): void {
  const form = root.querySelector('form');
  if (!form) throw new Error('no form');
  form.requestSubmit();
}

/** Focuses a field by label and types into it with real key presses. */
export async function typeInto(root: Element, label: string, text: string): Promise<void> {
  field(root, label).focus();
  await sendKeys({ type: text });
}

/** The step element an authenticator shows. */
export function stepElement(el: Element): HTMLElement {
  const step = el.querySelector<HTMLElement>('[slot=step]');
  if (!step) throw new Error('no step element');
  return step;
}

/**
 * From the focused step heading, keyboard only: Tab to the code field, type the code, Enter.
 * Resolves with the `auth-signed-in` detail that follows.
 */
export async function confirmCodeByKeyboard(el: Element, label = 'Code'): Promise<AuthSignedInDetail> {
  await sendKeys({ press: 'Tab' });
  expectFocused(field(el, label));
  await sendKeys({ type: FAKE_CODE });
  const signedIn = oneEvent(el, 'auth-signed-in');
  await sendKeys({ press: 'Enter' });
  return (await signedIn).detail;
}

/** A short, serialisable description of a node for assertion messages. */
function describeNode(node: Element | null | undefined): string {
  if (!node) return String(node);
  const label = node.getAttribute('aria-label') ?? node.getAttribute('name') ?? node.textContent?.trim().slice(0, 40);
  return `<${node.localName}${node.id ? `#${node.id}` : ''}> "${label ?? ''}"`;
}

/**
 * Asserts `expected` has focus. Compares identity and reports descriptions: a failed chai
 * equality between DOM nodes cannot be cloned to the runner, which then hangs the whole file.
 */
export function expectFocused(expected: Element | null | undefined): void {
  const actual = document.activeElement;
  expect(actual === expected && !!expected, `focus on ${describeNode(expected)}, found ${describeNode(actual)}`).to.equal(true);
}
