/**
 * End-to-end helpers: the REAL elements with the REAL Amplify v5 `Auth` against the local Cognito
 * server the test runner starts (test/support/local-cognito.mjs). Things are found as a user
 * finds them: fields by their visible label, buttons by their text, the step by its heading.
 */
import { fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { Auth } from '@aws-amplify/auth';
import { TOTP } from 'otpauth';
import '../../src/index.js';
import type { AuthAuthenticator } from '../../src/elements/authenticator/authenticator.js';

export const PASSWORD = 'Passw0rd!';
export const NEW_PASSWORD = 'N3w-Passw0rd';
/** Both of Amplify's password flows: SRP (the default) and the plain one. */
export const FLOW_TYPES = ['USER_SRP_AUTH', 'USER_PASSWORD_AUTH'] as const;
export type FlowType = (typeof FLOW_TYPES)[number];

export interface Pool {
  userPoolId: string;
  clientId: string;
}
export type PoolName = 'username' | 'email' | 'phone' | 'totp' | 'sms' | 'optionalMfa';
export interface LocalCognitoConfig {
  endpoint: string;
  region: string;
  mailbox: string;
  devApi: string;
  pools: Record<PoolName, Pool>;
}

export interface DevMessage {
  kind: string;
  medium: 'EMAIL' | 'SMS';
  destination: string;
  code: string;
  username: string;
}

let config: Promise<LocalCognitoConfig> | undefined;
/** Where the plugin's server is and which pools it made. */
export function localCognito(): Promise<LocalCognitoConfig> {
  config ??= fetch('/__local-cognito/config.json').then((r) => {
    if (!r.ok) throw new Error('no /__local-cognito/config.json: is the localCognito() plugin registered?');
    return r.json() as Promise<LocalCognitoConfig>;
  });
  return config;
}

/** A name no other test (or run) uses. */
export function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** One call of the server's dev API; throws on an error status. */
export async function dev<T = unknown>(method: string, route: string, body?: unknown, base?: string): Promise<T> {
  const devApi = base ?? (await localCognito()).devApi;
  const response = await fetch(`${devApi}/${route}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} /_dev/${route}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export interface UserOptions {
  username: string;
  password?: string;
  temporary?: boolean;
  status?: 'UNCONFIRMED' | 'CONFIRMED' | 'FORCE_CHANGE_PASSWORD' | 'RESET_REQUIRED';
  attributes?: Record<string, string>;
  mfa?: { sms?: boolean; totp?: boolean | string; preferred?: 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA' | null };
}

/** Creates a user directly in a state; resolves to its summary (with `totpSecret` when set). */
export async function createUser(pool: Pool, user: UserOptions, devApi?: string): Promise<{ totpSecret: string | null }> {
  return dev('POST', 'users', { userPoolId: pool.userPoolId, password: PASSWORD, ...user }, devApi);
}

export async function getUser(pool: Pool, username: string): Promise<{ status: string; attributes: Record<string, string>; mfa: string[] }> {
  const q = new URLSearchParams({ userPoolId: pool.userPoolId, username });
  return dev('GET', `users?${q}`);
}

/** Every code the server "sent" to this user (username, email or phone), oldest first. */
export async function messages(username: string, devApi?: string): Promise<DevMessage[]> {
  const body = await dev<{ messages: DevMessage[] }>('GET', `messages?${new URLSearchParams({ username })}`, undefined, devApi);
  return body.messages;
}

/** Waits for message number `count` (1-based) to this user and returns its code. */
export async function nthCode(username: string, count = 1, devApi?: string): Promise<string> {
  let list: DevMessage[] = [];
  await waitUntil(async () => (list = await messages(username, devApi)).length >= count, `message ${count} to ${username}`, {
    timeout: 10000,
    interval: 100,
  });
  return list[count - 1]!.code;
}

/** The current TOTP code for a base32 secret, as an authenticator app shows it. */
export function totpCode(secret: string, offset = 0): string {
  return new TOTP({ secret, algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp: Date.now() + offset * 30000 });
}

/**
 * Amplify's storage for this test page, in memory. Test files run in parallel pages of one origin
 * and share localStorage, which other suites clear: one file's sign-out or clean-up would end
 * another's session. It outlives an authenticator, as localStorage outlives a page reload.
 */
const stored = new Map<string, string>();
export const pageStorage = {
  setItem: (key: string, value: string) => void stored.set(key, String(value)),
  getItem: (key: string) => stored.get(key) ?? null,
  removeItem: (key: string) => void stored.delete(key),
  clear: () => stored.clear(),
};

/** Points Amplify v5 `Auth` at the local server and a pool (the only Amplify config the elements get). */
export async function configureAmplify(pool: PoolName | Pool, flowType: FlowType, extra: Record<string, unknown> = {}): Promise<Pool> {
  const local = await localCognito();
  const chosen = typeof pool === 'string' ? local.pools[pool] : pool;
  Auth.configure({
    region: local.region,
    userPoolId: chosen.userPoolId,
    userPoolWebClientId: chosen.clientId,
    authenticationFlowType: flowType,
    endpoint: local.endpoint,
    storage: pageStorage,
    // Auth.configure merges into the previous config: forget what an earlier test added.
    aws_cognito_password_protection_settings: undefined,
    ...extra,
  });
  return chosen;
}

/** What each `auth-*` event carried, in order. */
export interface Recorded {
  type: string;
  detail: Record<string, unknown>;
}
const EVENT_TYPES = ['auth-step-change', 'auth-signed-in', 'auth-signed-up', 'auth-signed-out', 'auth-error'] as const;

export interface Page {
  el: AuthAuthenticator;
  events: Recorded[];
  /** Events of one type, in order. */
  of(type: (typeof EVENT_TYPES)[number]): Array<Record<string, unknown>>;
  stop(): void;
}

const recorders: Array<() => void> = [];

/**
 * Mounts `<auth-authenticator>` as a page would: no `flow`, so it builds its own on Amplify `Auth`.
 * The app content is a paragraph and `<auth-sign-out>`.
 */
export async function mountAuthenticator(attributes: Record<string, string> = {}): Promise<Page> {
  const events: Recorded[] = [];
  const record = (event: Event) => {
    // Structured clone: what a page could keep from the event.
    events.push({ type: event.type, detail: structuredClone((event as CustomEvent).detail) });
  };
  for (const type of EVENT_TYPES) document.addEventListener(type, record);
  const stop = () => {
    for (const type of EVENT_TYPES) document.removeEventListener(type, record);
  };
  recorders.push(stop);
  // Attributes are read once, when the authenticator connects: they must be there first.
  const attrs = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`)
    .join('');
  const el = await fixture<AuthAuthenticator>(
    `<auth-authenticator${attrs}><p>Welcome to the app</p><auth-sign-out></auth-sign-out></auth-authenticator>`,
  );
  const page: Page = { el, events, of: (type) => events.filter((e) => e.type === type).map((e) => e.detail), stop };
  return page;
}

/** Signs Amplify out, forgets its storage and removes the page's elements. */
export async function cleanUp(): Promise<void> {
  for (const stop of recorders.splice(0)) stop();
  fixtureCleanup();
  try {
    await Auth.signOut();
  } catch {
    // nobody was signed in
  }
  pageStorage.clear();
}

// ── Finding things as a user does ──

/** The control a visible label names. */
export function field(label: string, root: ParentNode = document): HTMLInputElement {
  const labels = [...root.querySelectorAll('label')].filter((l) => l.textContent?.trim() === label && isShown(l));
  if (labels.length !== 1) throw new Error(`${labels.length} visible labels "${label}" (${visibleLabels(root)})`);
  const target = labels[0]!.control;
  if (!target) throw new Error(`label "${label}" labels nothing`);
  return target as HTMLInputElement;
}

function visibleLabels(root: ParentNode): string {
  return [...root.querySelectorAll('label')].filter(isShown).map((l) => l.textContent?.trim()).join(', ');
}

/** Whether a label exists for `label`. */
export function hasField(label: string): boolean {
  return [...document.querySelectorAll('label')].some((l) => l.textContent?.trim() === label && isShown(l));
}

/** The visible button whose text is `name`. */
export function button(name: string, root: ParentNode = document): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].filter((b) => b.textContent?.trim() === name && isShown(b));
  if (found.length !== 1) throw new Error(`${found.length} visible buttons "${name}"`);
  return found[0]!;
}

export function hasButton(name: string): boolean {
  return [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === name && isShown(b));
}

function isShown(element: Element): boolean {
  return (element as HTMLElement).offsetParent !== null || element.getClientRects().length > 0;
}

/** The visible step heading. */
export function heading(): string {
  const found = [...document.querySelectorAll('.auth-heading')].find(isShown);
  return found?.textContent?.trim() ?? '';
}

/** Text of the form's alert region ('' when none). */
export function alertText(): string {
  return [...document.querySelectorAll('[role=alert]')].filter(isShown).map((a) => a.textContent?.trim()).join(' ').trim();
}

/** Upper bound of one wait: generous, because CI machines run SRP maths on two busy cores. */
const E2E_WAIT = 15000;

/** Polls `ok` until it holds; the failure says what was awaited and what the page showed. */
export async function until(ok: () => boolean, what: () => string = () => `(heading "${heading()}", alert "${alertText()}")`, timeout = E2E_WAIT): Promise<void> {
  const end = performance.now() + timeout;
  const holds = () => {
    try {
      return ok();
    } catch {
      return false; // e.g. the button it looks for is not there yet
    }
  };
  while (!holds()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits until `text` is the visible heading and the form is idle (its submit button enabled). */
export async function waitForHeading(text: string, timeout = E2E_WAIT): Promise<void> {
  await until(
    () => heading() === text && !document.querySelector('button[type=submit][disabled]'),
    () => `heading "${text}" (now "${heading()}", alert "${alertText()}")`,
    timeout,
  );
}

/** Waits until the app content is shown: signed in, and the sign-out button idle. */
export async function waitForApp(page: Page, signOut = 'Sign Out', timeout = E2E_WAIT): Promise<void> {
  await until(
    () => isShown(page.el.querySelector('p')!) && hasButton(signOut) && !button(signOut).disabled,
    () => `the signed-in app (heading "${heading()}", alert "${alertText()}")`,
    timeout,
  );
}

/** The visible per-field error messages, joined. */
export function fieldErrorsText(): string {
  return [...document.querySelectorAll('.auth-field-error')].filter(isShown).map((e) => e.textContent?.trim()).join(' | ');
}

/** Waits for the form's alert region to say something. */
export async function waitForAlert(timeout = E2E_WAIT): Promise<string> {
  await until(
    () => alertText() !== '' && !document.querySelector('button[type=submit][disabled]'),
    () => `an error in the form (heading "${heading()}", field errors "${fieldErrorsText()}")`,
    timeout,
  );
  return alertText();
}

/** Focuses the field labelled `label`, clears it and types `text` with real key presses. */
export async function typeInto(label: string, text: string): Promise<void> {
  const input = field(label);
  input.focus();
  input.select();
  if (input.value) await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
}

/** Types each label's value; then presses Enter (in the last field) or clicks `submit`. */
export async function fillAndSubmit(values: Record<string, string>, submit?: string): Promise<void> {
  for (const [label, value] of Object.entries(values)) await typeInto(label, value);
  if (submit) button(submit).click();
  else await sendKeys({ press: 'Enter' });
}

/** Clicks a button by its text. */
export function click(name: string): void {
  button(name).click();
}

/** Fails if any recorded event detail holds one of the secrets. */
export function expectNoSecrets(events: Recorded[], secrets: Array<string | null | undefined>): void {
  const text = JSON.stringify(events);
  for (const secret of secrets) {
    if (secret && text.includes(secret)) throw new Error(`an event detail carries a secret (${secret.length} chars)`);
  }
}

// ── The fault server: a second local Cognito that only the fault tests use (faults are global) ──

export interface FaultServer {
  endpoint: string;
  devApi: string;
  pool: Pool;
}

/** Starts (or restarts on the same port) the fault tests' own server. */
export function startFaultServer(): Promise<FaultServer> {
  return executeServerCommand<FaultServer, { action: string }>('e2e-fault-server', { action: 'start' });
}

/** Stops it: the port refuses connections ("the server is down"). */
export function stopFaultServer(): Promise<void> {
  return executeServerCommand<void, { action: string }>('e2e-fault-server', { action: 'stop' });
}
