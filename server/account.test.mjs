// Sign-up, codes and passwords: the password policy everywhere a password is set, the dev
// mailbox, ResendConfirmationCode, forgot/change password, attribute verification, GlobalSignOut.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PASSWORD, call, clientUser, cognitoJs, nodeCall, outcome, signIn, startTestServer } from './test-support.mjs';

/** @type {Awaited<ReturnType<typeof startTestServer>>} */
let server;
/** @type {{ userPoolId: string, clientId: string }} */
let pool;
/** @type {any} */
let userPool;

before(async () => {
  server = await startTestServer();
  pool = await server.createPool({ name: 'account' });
  userPool = new cognitoJs.CognitoUserPool({ UserPoolId: pool.userPoolId, ClientId: pool.clientId, endpoint: server.url });
});
after(() => server.close());

/** @param {string} username @param {string} password @param {string} [email] */
const signUp = (username, password, email = `${username}@example.com`) => nodeCall((cb) =>
  userPool.signUp(username, password, [new cognitoJs.CognitoUserAttribute({ Name: 'email', Value: email })], [], cb));

/** @param {string} username */
async function mailbox(username) {
  const response = await fetch(`${server.url}/_dev/messages?username=${encodeURIComponent(username)}`);
  assert.equal(response.headers.get('access-control-allow-origin'), '*');
  return /** @type {{ messages: any[] }} */ (await response.json()).messages;
}

describe('password policy', () => {
  const cases = [
    ['Sh0rt!', 'Password not long enough'],
    ['nouppercase1!', 'Password must have uppercase characters'],
    ['NOLOWERCASE1!', 'Password must have lowercase characters'],
    ['NoNumbers!!', 'Password must have numeric characters'],
    ['NoSymbols123', 'Password must have symbol characters'],
  ];
  for (const [password, rule] of cases) {
    it(`refuses sign-up with "${rule}"`, async () => {
      await assert.rejects(signUp('weak', password), {
        code: 'InvalidPasswordException', message: `Password did not conform with policy: ${rule}`,
      });
    });
  }

  it('follows the pool policy, not a fixed one', async () => {
    const lax = await server.createPool({
      name: 'lax', passwordPolicy: { MinimumLength: 6, RequireUppercase: false, RequireSymbols: false, RequireNumbers: false },
    });
    const result = await call(server.url, 'SignUp', { ClientId: lax.clientId, Username: 'lax', Password: 'simple', UserAttributes: [{ Name: 'email', Value: 'lax@example.com' }] });
    assert.equal(result.status, 200);
    const short = await call(server.url, 'SignUp', { ClientId: lax.clientId, Username: 'lax2', Password: 'tiny', UserAttributes: [{ Name: 'email', Value: 'lax2@example.com' }] });
    assert.equal(short.body.message, 'Password did not conform with policy: Password not long enough');
  });

  it('accepts a space as a symbol, as Cognito does', async () => {
    const result = await signUp('spacey', 'Pass w0rd');
    assert.equal(/** @type {any} */ (result).userConfirmed, false);
  });
});

describe('sign-up and confirmation codes', () => {
  it('delivers the sign-up code to the mailbox (masked in the response) and confirms with it', async () => {
    const result = /** @type {any} */ (await signUp('carol', PASSWORD));
    assert.equal(result.codeDeliveryDetails.Destination, 'c***@e***.com');
    const [message] = await mailbox('carol');
    assert.equal(message.kind, 'SignUp');
    assert.equal(message.medium, 'EMAIL');
    assert.equal(message.destination, 'carol@example.com');
    assert.match(message.code, /^\d{6}$/);
    assert.ok(!Number.isNaN(Date.parse(message.time)));
    assert.deepEqual(await mailbox('carol@example.com'), [message]);

    const user = clientUser(server, pool, 'carol');
    await assert.rejects(nodeCall((cb) => user.confirmRegistration('000000x', true, cb)), {
      code: 'CodeMismatchException', message: 'Invalid verification code provided, please try again.',
    });
    assert.equal(await nodeCall((cb) => user.confirmRegistration(message.code, true, cb)), 'SUCCESS');
    const state = await server.getUser({ userPoolId: pool.userPoolId, username: 'carol' });
    assert.equal(state.status, 'CONFIRMED');
    assert.equal(state.attributes.email_verified, 'true');
    await assert.rejects(nodeCall((cb) => user.confirmRegistration(message.code, true, cb)), { code: 'NotAuthorizedException' });
  });

  it('resends a new code (ResendConfirmationCode); the newest one confirms', async () => {
    await signUp('dave', PASSWORD);
    const user = clientUser(server, pool, 'dave');
    const result = /** @type {any} */ (await nodeCall((cb) => user.resendConfirmationCode(cb)));
    assert.equal(result.CodeDeliveryDetails.DeliveryMedium, 'EMAIL');
    assert.equal(result.CodeDeliveryDetails.Destination, 'd***@e***.com');
    const messages = await mailbox('dave');
    assert.deepEqual(messages.map((m) => m.kind), ['SignUp', 'ResendCode']);
    assert.equal(await nodeCall((cb) => user.confirmRegistration(messages[1].code, true, cb)), 'SUCCESS');
    await assert.rejects(nodeCall((cb) => user.resendConfirmationCode(cb)), {
      code: 'InvalidParameterException', message: 'User is already confirmed.',
    });
  });

  it('reports an unknown user on resend, and an existing one on sign-up', async () => {
    await assert.rejects(nodeCall((cb) => clientUser(server, pool, 'ghost').resendConfirmationCode(cb)), { code: 'UserNotFoundException' });
    await assert.rejects(signUp('carol', PASSWORD), { code: 'UsernameExistsException', message: 'User already exists' });
  });

  it('signs up by email in an email pool and finds codes by that email', async () => {
    const emailPool = await server.createPool({ name: 'email-signup', usernameAttributes: ['email'] });
    const result = await call(server.url, 'SignUp', { ClientId: emailPool.clientId, Username: 'fay@example.com', Password: PASSWORD });
    assert.equal(result.body.UserConfirmed, false);
    const [message] = await mailbox('fay@example.com');
    const confirm = await call(server.url, 'ConfirmSignUp', { ClientId: emailPool.clientId, Username: 'fay@example.com', ConfirmationCode: message.code });
    assert.equal(confirm.status, 200);
    const again = await call(server.url, 'SignUp', { ClientId: emailPool.clientId, Username: 'fay@example.com', Password: PASSWORD });
    assert.equal(again.body.message, 'An account with the given email already exists.');
  });
});

describe('forgot password', () => {
  before(async () => {
    await server.createUser({ userPoolId: pool.userPoolId, username: 'gina', attributes: { email: 'gina@example.com', email_verified: 'true' } });
  });

  it('sends a code to the verified email and sets a new password that meets the policy', async () => {
    const user = clientUser(server, pool, 'gina');
    const sent = await outcome((cb) => user.forgotPassword({ ...cb, inputVerificationCode: (/** @type {any} */ data) => cb.onSuccess(data) }));
    assert.equal(sent.session.CodeDeliveryDetails.Destination, 'g***@e***.com');
    const message = (await mailbox('gina')).at(-1);
    assert.equal(message.kind, 'ForgotPassword');

    const weak = await outcome((cb) => user.confirmPassword(message.code, 'weakpass', cb));
    assert.equal(weak.error.code, 'InvalidPasswordException');
    const wrongCode = await outcome((cb) => user.confirmPassword('000000x', 'N3w-Passw0rd', cb));
    assert.equal(wrongCode.error.code, 'CodeMismatchException');
    const done = await outcome((cb) => user.confirmPassword(message.code, 'N3w-Passw0rd', cb));
    assert.equal(done.kind, 'success');
    assert.equal((await signIn(clientUser(server, pool, 'gina'), 'N3w-Passw0rd')).kind, 'success');
  });

  it('resets a RESET_REQUIRED user, who can then sign in', async () => {
    await server.createUser({ userPoolId: pool.userPoolId, username: 'rita', status: 'RESET_REQUIRED', attributes: { email: 'rita@example.com', email_verified: 'true' } });
    const forgot = await call(server.url, 'ForgotPassword', { ClientId: pool.clientId, Username: 'rita' });
    assert.equal(forgot.status, 200);
    const code = (await mailbox('rita')).at(-1).code;
    const confirm = await call(server.url, 'ConfirmForgotPassword', { ClientId: pool.clientId, Username: 'rita', ConfirmationCode: code, Password: 'N3w-Passw0rd' });
    assert.equal(confirm.status, 200);
    assert.equal((await signIn(clientUser(server, pool, 'rita'), 'N3w-Passw0rd')).kind, 'success');
  });

  it('refuses without a verified contact, and for an unknown user', async () => {
    await server.createUser({ userPoolId: pool.userPoolId, username: 'hank', attributes: { email: 'hank@example.com' } });
    const unverified = await call(server.url, 'ForgotPassword', { ClientId: pool.clientId, Username: 'hank' });
    assert.equal(unverified.body.__type, 'InvalidParameterException');
    const unknown = await call(server.url, 'ForgotPassword', { ClientId: pool.clientId, Username: 'ghost' });
    assert.equal(unknown.body.__type, 'UserNotFoundException');
  });
});

describe('signed-in account', () => {
  /** @param {string} username @param {Record<string, string>} [attributes] */
  async function signedIn(username, attributes = {}) {
    await server.createUser({ userPoolId: pool.userPoolId, username, attributes: { email: `${username}@example.com`, email_verified: 'true', ...attributes } });
    const user = clientUser(server, pool, username);
    assert.equal((await signIn(user, PASSWORD)).kind, 'success');
    return user;
  }

  it('changes the password only with the right old one and a new one that meets the policy', async () => {
    const user = await signedIn('ivan');
    await assert.rejects(nodeCall((cb) => user.changePassword('wrong-old', 'N3w-Passw0rd', cb)), {
      code: 'NotAuthorizedException', message: 'Incorrect username or password.',
    });
    await assert.rejects(nodeCall((cb) => user.changePassword(PASSWORD, 'short', cb)), { code: 'InvalidPasswordException' });
    assert.equal(await nodeCall((cb) => user.changePassword(PASSWORD, 'N3w-Passw0rd', cb)), 'SUCCESS');
    assert.equal((await signIn(clientUser(server, pool, 'ivan'), 'N3w-Passw0rd')).kind, 'success');
  });

  it('verifies an attribute with a code from the mailbox', async () => {
    const user = await signedIn('jane', { email_verified: 'false', phone_number: '+15555550199' });
    const sent = await outcome((cb) => user.getAttributeVerificationCode('phone_number', { ...cb, inputVerificationCode: () => cb.onSuccess(null) }));
    assert.equal(sent.kind, 'success');
    const message = (await mailbox('jane')).at(-1);
    assert.equal(message.kind, 'VerifyUserAttribute');
    assert.equal(message.medium, 'SMS');
    assert.equal(message.destination, '+15555550199');
    const wrong = await outcome((cb) => user.verifyAttribute('phone_number', '000000x', cb));
    assert.equal(wrong.error.code, 'CodeMismatchException');
    assert.equal((await outcome((cb) => user.verifyAttribute('phone_number', message.code, cb))).kind, 'success');
    assert.equal((await server.getUser({ userPoolId: pool.userPoolId, username: 'jane' })).attributes.phone_number_verified, 'true');
  });

  it('revokes every token with GlobalSignOut', async () => {
    const user = await signedIn('karl');
    const other = clientUser(server, pool, 'karl');
    const { session: otherSession } = /** @type {any} */ (await signIn(other, PASSWORD));
    const accessToken = otherSession.getAccessToken().getJwtToken();
    assert.equal((await call(server.url, 'GetUser', { AccessToken: accessToken })).status, 200);

    const out = await outcome((cb) => user.globalSignOut(cb));
    assert.equal(out.kind, 'success');
    const revoked = await call(server.url, 'GetUser', { AccessToken: accessToken });
    assert.equal(revoked.body.__type, 'NotAuthorizedException');
    assert.equal(revoked.body.message, 'Access Token has been revoked');
    const refresh = await call(server.url, 'InitiateAuth', {
      ClientId: pool.clientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: otherSession.getRefreshToken().getToken() },
    });
    assert.equal(refresh.body.__type, 'NotAuthorizedException');
    assert.equal(refresh.body.message, 'Invalid Refresh Token');

    // A new sign-in, even within the same second, gets working tokens.
    const { session } = /** @type {any} */ (await signIn(clientUser(server, pool, 'karl'), PASSWORD));
    assert.equal((await call(server.url, 'GetUser', { AccessToken: session.getAccessToken().getJwtToken() })).status, 200);
  });
});
