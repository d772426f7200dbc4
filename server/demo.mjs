// The demo pools and user that `node server/cli.mjs` (and `npm start`) set up, and the
// demo-pools.json file Storybook's live stories read to find them.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The demo user's password, in every demo pool. */
export const DEMO_PASSWORD = 'Passw0rd!';
export const DEMO_EMAIL = 'demo@example.com';
export const DEMO_PHONE = '+15555550100';

/**
 * Each demo pool: how it is made, and the demo user in it (`signIn` is what you type).
 * @type {Record<string, { pool: import('./admin.mjs').PoolOptions, signIn: string, attributes: Record<string, string>, about: string }>}
 */
export const DEMO_POOLS = {
  username: {
    about: 'sign in with a username; email codes',
    pool: { name: 'demo-username' },
    signIn: 'demo',
    attributes: { email: DEMO_EMAIL, email_verified: 'true' },
  },
  email: {
    about: 'sign in with an email address',
    pool: { name: 'demo-email', usernameAttributes: ['email'] },
    signIn: DEMO_EMAIL,
    attributes: { email_verified: 'true' },
  },
  phone: {
    about: 'sign in with a phone number; SMS codes',
    pool: { name: 'demo-phone', usernameAttributes: ['phone_number'], autoVerifiedAttributes: ['phone_number'] },
    signIn: DEMO_PHONE,
    attributes: { phone_number_verified: 'true', email: DEMO_EMAIL, email_verified: 'true' },
  },
  totp: {
    about: 'TOTP required: the demo user sets up an authenticator app at sign-in',
    pool: { name: 'demo-totp', mfa: 'ON', mfaTypes: ['SOFTWARE_TOKEN_MFA'] },
    signIn: 'demo',
    attributes: { email: DEMO_EMAIL, email_verified: 'true' },
  },
  sms: {
    about: 'SMS MFA required: a code goes to the demo phone at sign-in',
    pool: { name: 'demo-sms', mfa: 'ON', mfaTypes: ['SMS_MFA'] },
    signIn: 'demo',
    attributes: { email: DEMO_EMAIL, email_verified: 'true', phone_number: DEMO_PHONE, phone_number_verified: 'true' },
  },
};

/**
 * @typedef {object} DemoConfig The content of `.cognito/demo-pools.json`.
 * @property {string} endpoint Amplify's `endpoint`.
 * @property {string} region Any region works locally; Amplify needs one.
 * @property {string} mailbox GET `${mailbox}?username=…` for the codes sent.
 * @property {string} password The demo user's password.
 * @property {Record<string, { userPoolId: string, clientId: string, signIn: string, about: string }>} pools
 */

/**
 * Creates or reuses the demo pools, resets the demo user in each (so a TOTP set up yesterday
 * does not block today's demo) and writes demo-pools.json.
 * @param {import('./index.mjs').LocalCognito} server
 * @param {string} dataDir
 * @returns {Promise<DemoConfig>}
 */
export async function seedDemo(server, dataDir) {
  /** @type {DemoConfig['pools']} */
  const pools = {};
  for (const [key, demo] of Object.entries(DEMO_POOLS)) {
    const { userPoolId, clientId } = await server.createPool({ ...demo.pool, reuse: true });
    await server.createUser({ userPoolId, username: demo.signIn, password: DEMO_PASSWORD, attributes: demo.attributes, replace: true });
    pools[key] = { userPoolId, clientId, signIn: demo.signIn, about: demo.about };
  }
  const config = { endpoint: server.url, region: 'us-east-1', mailbox: `${server.url}/_dev/messages`, password: DEMO_PASSWORD, pools };
  await writeFile(path.join(dataDir, 'demo-pools.json'), `${JSON.stringify(config, null, 2)}\n`);
  return config;
}
