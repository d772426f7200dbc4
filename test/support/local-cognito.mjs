// @web/test-runner plugin: runs the local Cognito server (server/index.mjs) for the browser
// tests on a free loopback port, with throwaway data, and tells the tests where it is:
//
//   GET /__local-cognito/config.json → LocalCognitoTestConfig (below)
//
// Pools are shared by every test file (and run concurrently): create your own users, with
// unique names, through the dev API (`POST ${devApi}/users`, see server/README.md).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startLocalCognito } from '../../server/index.mjs';

export const LOCAL_COGNITO_CONFIG_PATH = '/__local-cognito/config.json';

const POLICY = { MinimumLength: 8, RequireLowercase: true, RequireUppercase: true, RequireNumbers: true, RequireSymbols: true };

/** The e2e pools. Every app client allows USER_SRP_AUTH, USER_PASSWORD_AUTH and refresh. */
const POOLS = {
  /** username sign-in, email codes, no MFA */
  username: { name: 'e2e-username', passwordPolicy: POLICY },
  /** email sign-in */
  email: { name: 'e2e-email', usernameAttributes: ['email'], passwordPolicy: POLICY },
  /** phone sign-in, SMS codes */
  phone: { name: 'e2e-phone', usernameAttributes: ['phone_number'], autoVerifiedAttributes: ['phone_number'], passwordPolicy: POLICY },
  /** TOTP required: a user without MFA gets MFA_SETUP */
  totp: { name: 'e2e-totp', mfa: 'ON', mfaTypes: ['SOFTWARE_TOKEN_MFA'], passwordPolicy: POLICY },
  /** SMS MFA required: a user with a phone number gets SMS_MFA */
  sms: { name: 'e2e-sms', mfa: 'ON', mfaTypes: ['SMS_MFA'], passwordPolicy: POLICY },
  /** optional MFA, both types: a user with both and no preference gets SELECT_MFA_TYPE */
  optionalMfa: { name: 'e2e-optional-mfa', mfa: 'OPTIONAL', passwordPolicy: POLICY },
};

/**
 * @typedef {object} LocalCognitoTestConfig
 * @property {string} endpoint Amplify's `endpoint` (e.g. http://127.0.0.1:41234).
 * @property {string} region Any region; Amplify needs one.
 * @property {string} mailbox GET `${mailbox}?username=…` → { messages: [{ kind, medium, destination, code, time, … }] }
 * @property {string} devApi Base of the dev admin API (`${devApi}/users`, `${devApi}/faults`, …).
 * @property {Record<keyof typeof POOLS, { userPoolId: string, clientId: string }>} pools
 */

/**
 * @param {{ quiet?: boolean }} [options] quiet: no request log (default true).
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function localCognito({ quiet = true } = {}) {
  /** @type {Awaited<ReturnType<typeof startLocalCognito>> | undefined} */
  let server;
  /** @type {string | undefined} */
  let dataDir;
  /** @type {LocalCognitoTestConfig | undefined} */
  let config;

  return {
    name: 'local-cognito',

    async serverStart() {
      dataDir = await mkdtemp(path.join(tmpdir(), 'local-cognito-wtr-'));
      server = await startLocalCognito({ port: 0, host: '127.0.0.1', dataDir, quiet });
      /** @type {Record<string, { userPoolId: string, clientId: string }>} */
      const pools = {};
      for (const [key, pool] of Object.entries(POOLS)) pools[key] = await server.createPool(/** @type {any} */ (pool));
      config = {
        endpoint: server.url,
        region: 'us-east-1',
        mailbox: `${server.url}/_dev/messages`,
        devApi: `${server.url}/_dev`,
        pools: /** @type {LocalCognitoTestConfig['pools']} */ (pools),
      };
    },

    async serverStop() {
      await server?.close();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
      server = undefined;
    },

    serve(context) {
      if (context.path === LOCAL_COGNITO_CONFIG_PATH && config) {
        return { body: JSON.stringify(config), type: 'json' };
      }
      return undefined;
    },
  };
}
