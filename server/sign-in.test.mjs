// Sign-in through the real amazon-cognito-identity-js client: SRP (Amplify's default) and
// USER_PASSWORD_AUTH, Cognito's error codes, NEW_PASSWORD_REQUIRED and sessions.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PASSWORD, call, clientUser, outcome, signIn, startTestServer } from './test-support.mjs';

/** @type {Awaited<ReturnType<typeof startTestServer>>} */
let server;
/** @type {{ userPoolId: string, clientId: string }} */
let pool;

before(async () => {
  server = await startTestServer();
  pool = await server.createPool({ name: 'sign-in' });
  await server.createUser({ userPoolId: pool.userPoolId, username: 'alice', attributes: { email: 'alice@example.com', email_verified: 'true' } });
});
after(() => server.close());

/** @param {any} result @param {string} code @param {string} [message] */
function assertError(result, code, message) {
  assert.equal(result.kind, 'error', `expected ${code}, got ${result.kind}`);
  assert.equal(result.error.code, code);
  if (message) assert.equal(result.error.message, message);
}

for (const flow of /** @type {const} */ (['USER_SRP_AUTH', 'USER_PASSWORD_AUTH'])) {
  describe(`${flow}`, () => {
    it('signs in with the right password and returns verifiable tokens', async () => {
      const result = await signIn(clientUser(server, pool, 'alice'), PASSWORD, flow);
      assert.equal(result.kind, 'success');
      const payload = result.session.getIdToken().decodePayload();
      assert.equal(payload['cognito:username'], 'alice');
      assert.equal(payload.email, 'alice@example.com');
      assert.equal(payload.iss, `${server.url}/${pool.userPoolId}`);
    });

    it('rejects a wrong password with NotAuthorizedException', async () => {
      assertError(await signIn(clientUser(server, pool, 'alice'), 'Passw0rd?', flow),
        'NotAuthorizedException', 'Incorrect username or password.');
    });

    it('reports an unknown user as UserNotFoundException', async () => {
      assertError(await signIn(clientUser(server, pool, 'nobody'), PASSWORD, flow), 'UserNotFoundException', 'User does not exist.');
    });
  });
}

describe('sign-in variants', () => {
  it('hides unknown users when the client prevents user-existence errors (SRP fails at the proof)', async () => {
    const hidden = await server.createPool({ name: 'hidden', preventUserExistenceErrors: true });
    for (const flow of /** @type {const} */ (['USER_SRP_AUTH', 'USER_PASSWORD_AUTH'])) {
      assertError(await signIn(clientUser(server, hidden, 'nobody'), PASSWORD, flow),
        'NotAuthorizedException', 'Incorrect username or password.');
    }
  });

  it('signs in by email in an email pool, where the stored username is a UUID (USER_ID_FOR_SRP)', async () => {
    const emailPool = await server.createPool({ name: 'email', usernameAttributes: ['email'] });
    const created = await server.createUser({ userPoolId: emailPool.userPoolId, username: 'eve@example.com', attributes: { email_verified: 'true' } });
    assert.match(created.username, /^[0-9a-f-]{36}$/);
    const result = await signIn(clientUser(server, emailPool, 'eve@example.com'), PASSWORD);
    assert.equal(result.kind, 'success');
    assert.equal(result.session.getIdToken().decodePayload().email, 'eve@example.com');
  });

  it('signs in by phone number in a phone pool', async () => {
    const phonePool = await server.createPool({ name: 'phone', usernameAttributes: ['phone_number'], autoVerifiedAttributes: ['phone_number'] });
    await server.createUser({ userPoolId: phonePool.userPoolId, username: '+15555550100' });
    assert.equal((await signIn(clientUser(server, phonePool, '+15555550100'), PASSWORD)).kind, 'success');
    assertError(await signIn(clientUser(server, phonePool, '+15555550100'), 'nope'), 'NotAuthorizedException');
  });

  it('refuses a disabled user, asks a RESET_REQUIRED user to reset, and an unconfirmed one to confirm', async () => {
    await server.createUser({ userPoolId: pool.userPoolId, username: 'off', enabled: false });
    await server.createUser({ userPoolId: pool.userPoolId, username: 'reset', status: 'RESET_REQUIRED' });
    await server.createUser({ userPoolId: pool.userPoolId, username: 'new', status: 'UNCONFIRMED' });
    assertError(await signIn(clientUser(server, pool, 'off'), PASSWORD), 'NotAuthorizedException', 'User is disabled.');
    assertError(await signIn(clientUser(server, pool, 'reset'), PASSWORD), 'PasswordResetRequiredException');
    assertError(await signIn(clientUser(server, pool, 'new'), PASSWORD), 'UserNotConfirmedException');
    // A wrong password on an unconfirmed account says nothing about its status.
    assertError(await signIn(clientUser(server, pool, 'new'), 'wrong'), 'NotAuthorizedException');
  });
});

describe('NEW_PASSWORD_REQUIRED', () => {
  it('checks the temporary password before the challenge, then enforces the policy on the new one', async () => {
    await server.createUser({ userPoolId: pool.userPoolId, username: 'temp', password: 'Temp0rary!', temporary: true, attributes: { email: 'temp@example.com' } });
    assertError(await signIn(clientUser(server, pool, 'temp'), 'not-the-temp'), 'NotAuthorizedException', 'Incorrect username or password.');

    const user = clientUser(server, pool, 'temp');
    const challenge = await signIn(user, 'Temp0rary!');
    assert.equal(challenge.kind, 'NEW_PASSWORD_REQUIRED');
    assert.equal(challenge.params.userAttributes.email, 'temp@example.com');
    assert.equal(challenge.params.userAttributes.sub, undefined);

    assertError(await outcome((cb) => user.completeNewPasswordChallenge('alllowercase1!', {}, cb)),
      'InvalidPasswordException', 'Password did not conform with policy: Password must have uppercase characters');
    const done = await outcome((cb) => user.completeNewPasswordChallenge('N3w-Passw0rd', {}, cb));
    assert.equal(done.kind, 'success');
    assert.equal((await server.getUser({ userPoolId: pool.userPoolId, username: 'temp' })).status, 'CONFIRMED');
    assert.equal((await signIn(clientUser(server, pool, 'temp'), 'N3w-Passw0rd')).kind, 'success');
  });

  it('asks for required attributes the user lacks and takes them with the new password', async () => {
    const strict = await server.createPool({ name: 'required-name', requiredAttributes: ['name'] });
    await server.createUser({ userPoolId: strict.userPoolId, username: 'nameless', temporary: true });
    const user = clientUser(server, strict, 'nameless');
    const challenge = await signIn(user, PASSWORD);
    assert.deepEqual(challenge.params.requiredAttributes, ['name']);
    assertError(await outcome((cb) => user.completeNewPasswordChallenge('N3w-Passw0rd', {}, cb)), 'InvalidParameterException');
    assert.equal((await outcome((cb) => user.completeNewPasswordChallenge('N3w-Passw0rd', { name: 'Nina' }, cb))).kind, 'success');
    assert.equal((await server.getUser({ userPoolId: strict.userPoolId, username: 'nameless' })).attributes.name, 'Nina');
  });
});

describe('challenge sessions', () => {
  it('refuses an answer without a session the server issued', async () => {
    const forged = await call(server.url, 'RespondToAuthChallenge', {
      ClientId: pool.clientId, ChallengeName: 'NEW_PASSWORD_REQUIRED', Session: 'made-up',
      ChallengeResponses: { USERNAME: 'alice', NEW_PASSWORD: 'Hijack3d!pass' },
    });
    assert.equal(forged.status, 400);
    assert.equal(forged.body.__type, 'NotAuthorizedException');
    assert.equal((await signIn(clientUser(server, pool, 'alice'), PASSWORD)).kind, 'success');
  });

  it('refuses a session used for another user or another challenge', async () => {
    await server.createUser({ userPoolId: pool.userPoolId, username: 'temp2', temporary: true });
    const start = await call(server.url, 'InitiateAuth', {
      ClientId: pool.clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'temp2', PASSWORD },
    });
    assert.equal(start.body.ChallengeName, 'NEW_PASSWORD_REQUIRED');
    const otherUser = await call(server.url, 'RespondToAuthChallenge', {
      ClientId: pool.clientId, ChallengeName: 'NEW_PASSWORD_REQUIRED', Session: start.body.Session,
      ChallengeResponses: { USERNAME: 'alice', NEW_PASSWORD: 'Hijack3d!pass' },
    });
    assert.equal(otherUser.body.__type, 'NotAuthorizedException');
    const otherChallenge = await call(server.url, 'RespondToAuthChallenge', {
      ClientId: pool.clientId, ChallengeName: 'SMS_MFA', Session: start.body.Session,
      ChallengeResponses: { USERNAME: 'temp2', SMS_MFA_CODE: '123456' },
    });
    assert.equal(otherChallenge.body.__type, 'NotAuthorizedException');
  });

  it('answers an empty password (Amplify switches to CUSTOM_AUTH) as Cognito does without Lambdas', async () => {
    const custom = await call(server.url, 'InitiateAuth', { ClientId: pool.clientId, AuthFlow: 'CUSTOM_AUTH', AuthParameters: { USERNAME: 'alice' } });
    assert.equal(custom.body.__type, 'InvalidParameterException');
    assert.equal(custom.body.message, 'Custom auth lambda trigger is not configured for the user pool.');
  });

  it('refuses USER_PASSWORD_AUTH when the app client does not allow it', async () => {
    const srpOnly = await call(server.url, 'CreateUserPoolClient', {
      UserPoolId: pool.userPoolId, ClientName: 'srp-only', ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    });
    const clientPool = { userPoolId: pool.userPoolId, clientId: srpOnly.body.UserPoolClient.ClientId };
    assertError(await signIn(clientUser(server, clientPool, 'alice'), PASSWORD, 'USER_PASSWORD_AUTH'), 'InvalidParameterException');
    assert.equal((await signIn(clientUser(server, clientPool, 'alice'), PASSWORD)).kind, 'success');
  });
});

describe('tokens', () => {
  it('refreshes a session with the refresh token', async () => {
    const user = clientUser(server, pool, 'alice');
    const { session } = /** @type {any} */ (await signIn(user, PASSWORD));
    const refreshed = await new Promise((resolve, reject) =>
      user.refreshSession(session.getRefreshToken(), (/** @type {any} */ err, /** @type {any} */ s) => (err ? reject(err) : resolve(s))));
    assert.equal(/** @type {any} */ (refreshed).getIdToken().decodePayload()['cognito:username'], 'alice');
  });

  it('rejects an access token that was not signed by the server', async () => {
    const { session } = /** @type {any} */ (await signIn(clientUser(server, pool, 'alice'), PASSWORD));
    const [header, payload] = session.getAccessToken().getJwtToken().split('.');
    const forged = await call(server.url, 'GetUser', { AccessToken: `${header}.${payload}.c2lnbmF0dXJl` });
    assert.equal(forged.body.__type, 'NotAuthorizedException');
    assert.equal(forged.body.message, 'Invalid Access Token');
  });
});
