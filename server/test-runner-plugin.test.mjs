// The @web/test-runner plugin (test/support/local-cognito.mjs): starts the server, creates the
// e2e pools, serves their config, stops cleanly.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { LOCAL_COGNITO_CONFIG_PATH, localCognito } from '../test/support/local-cognito.mjs';
import { PASSWORD, call, clientUser, signIn } from './test-support.mjs';

it('serves the e2e pools config and a working server between serverStart and serverStop', async () => {
  const plugin = localCognito();
  await plugin.serverStart?.(/** @type {any} */ ({}));
  let endpoint = '';
  try {
    const served = /** @type {any} */ (await plugin.serve?.(/** @type {any} */ ({ path: LOCAL_COGNITO_CONFIG_PATH })));
    assert.equal(served.type, 'json');
    const config = JSON.parse(served.body);
    endpoint = config.endpoint;
    assert.match(endpoint, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.deepEqual(Object.keys(config.pools), ['username', 'email', 'phone', 'totp', 'sms', 'optionalMfa']);
    assert.equal(config.mailbox, `${endpoint}/_dev/messages`);
    assert.equal(await plugin.serve?.(/** @type {any} */ ({ path: '/other' })), undefined);

    const created = await fetch(`${config.devApi}/users`, {
      method: 'POST', body: JSON.stringify({ userPoolId: config.pools.totp.userPoolId, username: 'plugin-user' }),
    });
    assert.equal(created.status, 201);
    for (const flow of /** @type {const} */ (['USER_SRP_AUTH', 'USER_PASSWORD_AUTH'])) {
      const result = await signIn(clientUser({ url: endpoint }, config.pools.totp, 'plugin-user'), PASSWORD, flow);
      assert.equal(result.kind, 'MFA_SETUP');
    }
    const weak = await call(endpoint, 'SignUp', { ClientId: config.pools.username.clientId, Username: 'weak', Password: 'weakpassword1!' });
    assert.equal(weak.body.__type, 'InvalidPasswordException');
  } finally {
    await plugin.serverStop?.();
  }
  await assert.rejects(fetch(`${endpoint}/health`), TypeError);
});
