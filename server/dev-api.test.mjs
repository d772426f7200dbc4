// The /_dev/ API over HTTP (pools, users, mailbox, faults), CORS, and the request log.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PASSWORD, call, clientUser, signIn, startTestServer } from './test-support.mjs';

/** @type {Awaited<ReturnType<typeof startTestServer>>} */
let server;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

/** @param {string} method @param {string} route @param {unknown} [body] */
async function dev(method, route, body) {
  const response = await fetch(`${server.url}/_dev/${route}`, {
    method, headers: body ? { 'content-type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

describe('admin routes', () => {
  it('creates a pool and users in any state, and changes them', async () => {
    const pool = await dev('POST', 'pools', { name: 'dev', mfa: 'OPTIONAL', passwordPolicy: { MinimumLength: 10 } });
    assert.equal(pool.status, 201);
    assert.match(pool.body.userPoolId, /^local_[0-9A-Za-z]{8}$/);
    const { userPoolId, clientId } = pool.body;

    const created = await dev('POST', 'users', { userPoolId, username: 'lee', password: 'Temp0rary!', temporary: true });
    assert.equal(created.status, 201);
    assert.equal(created.body.status, 'FORCE_CHANGE_PASSWORD');
    assert.equal('password' in created.body, false);
    assert.equal((await signIn(clientUser(server, { userPoolId, clientId }, 'lee'), 'Temp0rary!')).kind, 'NEW_PASSWORD_REQUIRED');

    const reset = await dev('PATCH', 'users', { userPoolId, username: 'lee', status: 'RESET_REQUIRED' });
    assert.equal(reset.body.status, 'RESET_REQUIRED');
    const mfa = await dev('PATCH', 'users', { userPoolId, username: 'lee', status: 'CONFIRMED', mfa: { totp: true } });
    assert.deepEqual(mfa.body.mfa, ['SOFTWARE_TOKEN_MFA']);
    assert.match(mfa.body.totpSecret, /^[A-Z2-7]+/);
    assert.equal((await signIn(clientUser(server, { userPoolId, clientId }, 'lee'), 'Temp0rary!')).kind, 'SOFTWARE_TOKEN_MFA');

    const fetched = await dev('GET', `users?userPoolId=${userPoolId}&username=lee`);
    assert.equal(fetched.body.status, 'CONFIRMED');
    assert.equal((await dev('GET', `users?userPoolId=${userPoolId}&username=nobody`)).status, 404);
  });

  it('reuses a pool by name when asked, keeping its ids', async () => {
    const first = await dev('POST', 'pools', { name: 'again', reuse: true });
    const second = await dev('POST', 'pools', { name: 'again', reuse: true, mfa: 'ON' });
    assert.deepEqual(second.body, first.body);
    const described = await call(server.url, 'DescribeUserPool', { UserPoolId: first.body.userPoolId });
    assert.equal(described.body.UserPool.MfaConfiguration, 'ON');
  });

  it('answers bad requests with JSON errors', async () => {
    assert.equal((await dev('POST', 'users', { userPoolId: 'local_nope', username: 'x' })).body.__type, 'ResourceNotFoundException');
    assert.equal((await dev('POST', 'faults', { type: 'explode' })).status, 400);
    assert.equal((await dev('GET', 'nothing-here')).status, 404);
    const notJson = await fetch(`${server.url}/_dev/pools`, { method: 'POST', body: '{' });
    assert.equal(notJson.status, 400);
  });

  it('lets a browser page call it (CORS preflight)', async () => {
    const preflight = await fetch(`${server.url}/_dev/users`, {
      method: 'OPTIONS', headers: { origin: 'http://localhost:8000', 'access-control-request-method': 'PATCH' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /PATCH/);
  });
});

describe('fault injection', () => {
  /** @type {{ userPoolId: string, clientId: string }} */
  let pool;
  const auth = () => call(server.url, 'InitiateAuth', {
    ClientId: pool.clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'flaky', PASSWORD },
  });
  before(async () => {
    pool = await server.createPool({ name: 'faults' });
    await server.createUser({ userPoolId: pool.userPoolId, username: 'flaky' });
  });

  it('fails the next N calls with an error, then recovers', async () => {
    await dev('POST', 'faults', { type: 'error', count: 2 });
    for (let i = 0; i < 2; i += 1) {
      const failed = await auth();
      assert.equal(failed.status, 500);
      assert.equal(failed.body.__type, 'InternalErrorException');
    }
    assert.equal((await auth()).status, 200);
  });

  it('can target one operation and choose the error', async () => {
    await dev('POST', 'faults', { type: 'error', target: 'InitiateAuth', status: 400, code: 'TooManyRequestsException', message: 'Rate exceeded' });
    assert.equal((await call(server.url, 'ListUserPools', { MaxResults: 10 })).status, 200);
    const limited = await auth();
    assert.deepEqual([limited.status, limited.body.__type, limited.body.message], [400, 'TooManyRequestsException', 'Rate exceeded']);
  });

  it('answers with malformed JSON', async () => {
    await dev('POST', 'faults', { type: 'malformed' });
    await assert.rejects(auth(), SyntaxError);
    assert.equal((await auth()).status, 200);
  });

  it('delays a call', async () => {
    await dev('POST', 'faults', { type: 'delay', delayMs: 300 });
    const started = Date.now();
    assert.equal((await auth()).status, 200);
    assert.ok(Date.now() - started >= 290, 'the call took the delay');
  });

  it('drops the connection', async () => {
    await dev('POST', 'faults', { type: 'drop' });
    await assert.rejects(auth(), TypeError);
    assert.equal((await auth()).status, 200);
  });

  it('clears pending faults', async () => {
    await dev('POST', 'faults', { type: 'error', count: 5 });
    assert.equal((await dev('DELETE', 'faults')).status, 204);
    assert.equal((await auth()).status, 200);
  });

  it('leaves preflights alone so the browser sees the injected error', async () => {
    await dev('POST', 'faults', { type: 'error' });
    const preflight = await fetch(server.url, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:8000', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-amz-target' },
    });
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
    const failed = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth' },
      body: '{}',
    });
    assert.equal(failed.status, 500);
    assert.equal(failed.headers.get('access-control-allow-origin'), '*');
  });
});

describe('request log', () => {
  it('logs one line per request with target, status and time, and never a secret', async () => {
    const pool = await server.createPool({ name: 'log', mfa: 'ON', mfaTypes: ['SMS_MFA'] });
    await server.createUser({ userPoolId: pool.userPoolId, username: 'logan', attributes: { phone_number: '+15555550177' } });
    server.log.length = 0;
    const user = clientUser(server, pool, 'logan');
    assert.equal((await signIn(user, PASSWORD)).kind, 'SMS_MFA');
    const code = server.messages('logan').at(-1)?.code ?? '';
    const done = await new Promise((resolve) => user.sendMFACode(code, { onSuccess: resolve, onFailure: resolve }));
    const token = /** @type {any} */ (done).getAccessToken().getJwtToken();
    await call(server.url, 'GetUser', { AccessToken: token });
    await call(server.url, 'InitiateAuth', { ClientId: pool.clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'logan', PASSWORD: 'Wr0ng-secret' } });
    await fetch(`${server.url}/_dev/messages?username=logan`);

    assert.deepEqual(server.log.map((line) => line.replace(/ \d+ms$/, '')), [
      'InitiateAuth 200',
      'RespondToAuthChallenge 200',
      'RespondToAuthChallenge 200',
      'GetUser 200',
      'InitiateAuth 400 NotAuthorizedException',
      'GET /_dev/messages 200',
    ]);
    const text = server.log.join('\n');
    for (const secret of [PASSWORD, 'Wr0ng-secret', code, token.slice(0, 20), 'logan']) {
      assert.equal(text.includes(secret), false, `log must not contain ${secret === code ? 'the code' : secret}`);
    }
  });
});
