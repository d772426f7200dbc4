// MFA through the real client: TOTP setup during sign-in (MFA_SETUP), TOTP and SMS challenges,
// SELECT_MFA_TYPE, the legacy SetUserSettings switch, and codes read from the dev mailbox.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PASSWORD, call, clientUser, nodeCall, outcome, signIn, startTestServer, totpCode } from './test-support.mjs';

/** @type {Awaited<ReturnType<typeof startTestServer>>} */
let server;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

/** @param {string} username */
const lastCode = (username) => server.messages(username).at(-1);

describe('TOTP required (MfaConfiguration ON, TOTP only)', () => {
  /** @type {{ userPoolId: string, clientId: string }} */
  let pool;
  before(async () => {
    pool = await server.createPool({ name: 'totp', mfa: 'ON', mfaTypes: ['SOFTWARE_TOKEN_MFA'] });
    await server.createUser({ userPoolId: pool.userPoolId, username: 'tina' });
  });

  it('asks a user without MFA to set up TOTP, then signs in with TOTP codes', async () => {
    const user = clientUser(server, pool, 'tina');
    const setup = await signIn(user, PASSWORD);
    assert.equal(setup.kind, 'MFA_SETUP');
    assert.equal(setup.params.MFAS_CAN_SETUP, '["SOFTWARE_TOKEN_MFA"]');

    const associated = await outcome((cb) => user.associateSoftwareToken(cb));
    assert.equal(associated.kind, 'secret');
    const { secret } = associated.params;
    assert.match(secret, /^[A-Z2-7]+=*$/);

    const wrong = await outcome((cb) => user.verifySoftwareToken('000000', 'phone', cb));
    assert.equal(wrong.kind, 'error');
    assert.equal(wrong.error.code, 'EnableSoftwareTokenMFAException');

    const verified = await outcome((cb) => user.verifySoftwareToken(totpCode(secret), 'phone', cb));
    assert.equal(verified.kind, 'success');
    assert.ok(verified.session.getAccessToken().getJwtToken());

    const again = clientUser(server, pool, 'tina');
    const challenge = await signIn(again, PASSWORD);
    assert.equal(challenge.kind, 'SOFTWARE_TOKEN_MFA');
    assert.equal(challenge.params.FRIENDLY_DEVICE_NAME, 'phone');
    const bad = await outcome((cb) => again.sendMFACode('000000', cb, 'SOFTWARE_TOKEN_MFA'));
    assert.equal(bad.kind, 'error');
    assert.equal(bad.error.code, 'CodeMismatchException');
    assert.equal(bad.error.message, 'Invalid code or auth state for the user.');
    // The same session accepts a retry, as in Cognito.
    const good = await outcome((cb) => again.sendMFACode(totpCode(secret), cb, 'SOFTWARE_TOKEN_MFA'));
    assert.equal(good.kind, 'success');
  });

  it('does not finish MFA_SETUP before the code is verified', async () => {
    await server.createUser({ userPoolId: pool.userPoolId, username: 'tom' });
    const start = await call(server.url, 'InitiateAuth', {
      ClientId: pool.clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'tom', PASSWORD },
    });
    assert.equal(start.body.ChallengeName, 'MFA_SETUP');
    const skipped = await call(server.url, 'RespondToAuthChallenge', {
      ClientId: pool.clientId, ChallengeName: 'MFA_SETUP', Session: start.body.Session, ChallengeResponses: { USERNAME: 'tom' },
    });
    assert.equal(skipped.status, 400);
    assert.equal(skipped.body.__type, 'NotAuthorizedException');
  });
});

describe('SMS MFA (MfaConfiguration ON, SMS only)', () => {
  /** @type {{ userPoolId: string, clientId: string }} */
  let pool;
  before(async () => {
    pool = await server.createPool({ name: 'sms', mfa: 'ON', mfaTypes: ['SMS_MFA'] });
    await server.createUser({ userPoolId: pool.userPoolId, username: 'sam', attributes: { phone_number: '+15555550123', phone_number_verified: 'true' } });
  });

  it('sends an SMS code to a user with a phone number but no MFA settings', async () => {
    const user = clientUser(server, pool, 'sam');
    const challenge = await signIn(user, PASSWORD);
    assert.equal(challenge.kind, 'SMS_MFA');
    assert.equal(challenge.params.CODE_DELIVERY_DESTINATION, '+*******0123');
    const message = lastCode('sam');
    assert.equal(message?.kind, 'Authentication');
    assert.equal(message?.medium, 'SMS');
    assert.equal(message?.destination, '+15555550123');

    const wrong = await outcome((cb) => user.sendMFACode('999999x', cb));
    assert.equal(wrong.error.code, 'CodeMismatchException');
    const ok = await outcome((cb) => user.sendMFACode(message?.code, cb));
    assert.equal(ok.kind, 'success');
  });

  it('works with the SRP and password flows alike', async () => {
    const user = clientUser(server, pool, 'sam');
    assert.equal((await signIn(user, PASSWORD, 'USER_PASSWORD_AUTH')).kind, 'SMS_MFA');
    assert.equal((await outcome((cb) => user.sendMFACode(lastCode('sam')?.code, cb))).kind, 'success');
  });
});

describe('optional MFA', () => {
  /** @type {{ userPoolId: string, clientId: string }} */
  let pool;
  before(async () => {
    pool = await server.createPool({ name: 'optional', mfa: 'OPTIONAL' });
  });

  it('asks a user with SMS and TOTP and no preference to choose (SELECT_MFA_TYPE)', async () => {
    const { totpSecret } = await server.createUser({
      userPoolId: pool.userPoolId, username: 'both', attributes: { phone_number: '+15555550111' }, mfa: { sms: true, totp: true },
    });
    const user = clientUser(server, pool, 'both');
    const select = await signIn(user, PASSWORD);
    assert.equal(select.kind, 'SELECT_MFA_TYPE');
    assert.deepEqual(JSON.parse(select.params.MFAS_CAN_CHOOSE), ['SMS_MFA', 'SOFTWARE_TOKEN_MFA']);
    const totp = await outcome((cb) => user.sendMFASelectionAnswer('SOFTWARE_TOKEN_MFA', cb));
    assert.equal(totp.kind, 'SOFTWARE_TOKEN_MFA');
    assert.equal((await outcome((cb) => user.sendMFACode(totpCode(totpSecret), cb, 'SOFTWARE_TOKEN_MFA'))).kind, 'success');

    const smsUser = clientUser(server, pool, 'both');
    await signIn(smsUser, PASSWORD);
    assert.equal((await outcome((cb) => smsUser.sendMFASelectionAnswer('SMS_MFA', cb))).kind, 'SMS_MFA');
    assert.equal((await outcome((cb) => smsUser.sendMFACode(lastCode('both')?.code, cb))).kind, 'success');
  });

  it('uses the preferred method without asking', async () => {
    await server.createUser({
      userPoolId: pool.userPoolId, username: 'prefers', attributes: { phone_number: '+15555550112' },
      mfa: { sms: true, totp: true, preferred: 'SMS_MFA' },
    });
    assert.equal((await signIn(clientUser(server, pool, 'prefers'), PASSWORD)).kind, 'SMS_MFA');
  });

  it('turns SMS MFA on and off with SetUserSettings (enableMFA / disableMFA)', async () => {
    await server.createUser({ userPoolId: pool.userPoolId, username: 'legacy', attributes: { phone_number: '+15555550113' } });
    const user = clientUser(server, pool, 'legacy');
    assert.equal((await signIn(user, PASSWORD)).kind, 'success');
    assert.equal(await nodeCall((cb) => user.enableMFA(cb)), 'SUCCESS');

    const next = clientUser(server, pool, 'legacy');
    assert.equal((await signIn(next, PASSWORD)).kind, 'SMS_MFA');
    assert.equal((await outcome((cb) => next.sendMFACode(lastCode('legacy')?.code, cb))).kind, 'success');
    assert.equal(await nodeCall((cb) => next.disableMFA(cb)), 'SUCCESS');
    assert.equal((await signIn(clientUser(server, pool, 'legacy'), PASSWORD)).kind, 'success');
  });

  it('refuses SMS MFA through SetUserSettings for a user without a phone number', async () => {
    await server.createUser({ userPoolId: pool.userPoolId, username: 'nophone' });
    const user = clientUser(server, pool, 'nophone');
    await signIn(user, PASSWORD);
    await assert.rejects(nodeCall((cb) => user.enableMFA(cb)), { code: 'InvalidParameterException' });
  });
});
