// Helpers for the server's own tests: a throwaway server, the raw JSON protocol, and the real
// amazon-cognito-identity-js client (what Amplify v5 Auth runs on) with promise wrappers.
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TOTP } from 'otpauth';
import { startLocalCognito } from './index.mjs';

const require = createRequire(import.meta.url);
/** @type {any} */
export const cognitoJs = require('amazon-cognito-identity-js');

export const PASSWORD = 'Passw0rd!';

/**
 * Starts a server on a free port with its own data directory; `log` collects its request lines.
 * @param {Parameters<typeof startLocalCognito>[0]} [options]
 */
export async function startTestServer(options = {}) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'local-cognito-'));
  /** @type {string[]} */
  const log = [];
  const server = await startLocalCognito({ port: 0, dataDir, log: (line) => log.push(line), ...options });
  return {
    ...server,
    dataDir,
    log,
    async close() {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One Cognito JSON-protocol call. Resolves to { status, body } whatever the status.
 * @param {string} url @param {string} target @param {unknown} body
 */
export async function call(url, target, body) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `AWSCognitoIdentityProviderService.${target}`,
    },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** The current TOTP code for a base32 secret. @param {string} secret */
export const totpCode = (secret) => new TOTP({ secret, algorithm: 'SHA1', digits: 6, period: 30 }).generate();

/**
 * A CognitoUser of the real client library, pointed at the local server.
 * @param {{ url: string }} server @param {{ userPoolId: string, clientId: string }} pool @param {string} username
 */
export function clientUser(server, pool, username) {
  const userPool = new cognitoJs.CognitoUserPool({ UserPoolId: pool.userPoolId, ClientId: pool.clientId, endpoint: server.url });
  return new cognitoJs.CognitoUser({ Username: username, Pool: userPool, Storage: new MemoryStore() });
}

class MemoryStore {
  /** @type {Map<string, string>} */
  #items = new Map();
  /** @param {string} k @param {string} v */
  setItem(k, v) { this.#items.set(k, v); }
  /** @param {string} k */
  getItem(k) { return this.#items.get(k) ?? null; }
  /** @param {string} k */
  removeItem(k) { this.#items.delete(k); }
  clear() { this.#items.clear(); }
}

/**
 * Where a client call stopped: success with a session, a challenge, or an error.
 * @typedef {{ kind: 'success', session: any } | { kind: string, params?: any } | { kind: 'error', error: any }} Outcome
 */

/** Callbacks that resolve with the first outcome. @param {(outcome: Outcome) => void} resolve */
function outcomeCallbacks(resolve) {
  return {
    onSuccess: (/** @type {any} */ session) => resolve({ kind: 'success', session }),
    onFailure: (/** @type {any} */ error) => resolve({ kind: 'error', error }),
    newPasswordRequired: (/** @type {any} */ userAttributes, /** @type {any} */ requiredAttributes) =>
      resolve({ kind: 'NEW_PASSWORD_REQUIRED', params: { userAttributes, requiredAttributes } }),
    mfaRequired: (/** @type {string} */ name, /** @type {any} */ params) => resolve({ kind: name ?? 'SMS_MFA', params }),
    totpRequired: (/** @type {string} */ name, /** @type {any} */ params) => resolve({ kind: name ?? 'SOFTWARE_TOKEN_MFA', params }),
    selectMFAType: (/** @type {string} */ name, /** @type {any} */ params) => resolve({ kind: name, params }),
    mfaSetup: (/** @type {string} */ name, /** @type {any} */ params) => resolve({ kind: name, params }),
    associateSecretCode: (/** @type {string} */ secret) => resolve({ kind: 'secret', params: { secret } }),
  };
}

/**
 * Runs a callback-style CognitoUser method and resolves with its outcome.
 * @param {(callbacks: any) => void} run
 * @returns {Promise<Outcome & Record<string, any>>}
 */
export const outcome = (run) => new Promise((resolve) => run(outcomeCallbacks(resolve)));

/**
 * Sign in with the real client (USER_SRP_AUTH unless flow says otherwise).
 * @param {any} user CognitoUser @param {string} password @param {'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH'} [flow]
 */
export function signIn(user, password, flow = 'USER_SRP_AUTH') {
  user.setAuthenticationFlowType(flow);
  const details = new cognitoJs.AuthenticationDetails({ Username: user.getUsername(), Password: password });
  return outcome((cb) => user.authenticateUser(details, cb));
}

/** A node-style client method as a promise. @param {(cb: (err: any, result: any) => void) => void} run */
export const nodeCall = (run) => new Promise((resolve, reject) => run((err, result) => (err ? reject(err) : resolve(result))));
