// Real Amplify v5 Auth in Chromium against the local Cognito server, whose config the
// localCognito() test-runner plugin serves. Run by server/amplify-browser.test.mjs.
import { expect } from '@open-wc/testing';
import { Auth } from '@aws-amplify/auth';
import { TOTP } from 'otpauth';

const config = await (await fetch('/__local-cognito/config.json')).json();
const PASSWORD = 'Passw0rd!';
const configure = (pool: string, flow = 'USER_SRP_AUTH') => Auth.configure({
  region: config.region, userPoolId: config.pools[pool].userPoolId, userPoolWebClientId: config.pools[pool].clientId,
  authenticationFlowType: flow, endpoint: config.endpoint,
});
const dev = async (method: string, route: string, body: unknown) => (await fetch(`${config.devApi}/${route}`, { method, body: JSON.stringify(body) })).json();
const lastCode = async (username: string) => (await (await fetch(`${config.mailbox}?username=${username}`)).json()).messages.at(-1).code;
const errorOf = async (p: Promise<unknown>): Promise<any> => {
  try {
    await p;
    return null;
  } catch (error) {
    return error;
  }
};

describe('Amplify v5 Auth against the local Cognito server (Chromium)', () => {
  it('signs in with SRP (Amplify default) and refuses a wrong password', async () => {
    configure('username');
    await dev('POST', 'users', { userPoolId: config.pools.username.userPoolId, username: 'b-srp', attributes: { email: 'b@example.com', email_verified: 'true' } });
    const user = await Auth.signIn('b-srp', PASSWORD);
    expect(user.challengeName).to.equal(undefined);
    expect((await Auth.currentAuthenticatedUser()).username).to.equal('b-srp');
    await Auth.signOut();
    const e = await errorOf(Auth.signIn('b-srp', 'Wrong-pass1'));
    expect(e.code).to.equal('NotAuthorizedException');
    expect(e.message).to.equal('Incorrect username or password.');
  });

  it('signs up, confirms with the mailbox code, resends, and resets a password', async () => {
    configure('username');
    const weak = await errorOf(Auth.signUp({ username: 'b-new', password: 'short', attributes: { email: 'new@example.com' } }));
    expect(weak.code).to.equal('InvalidPasswordException');
    const result = await Auth.signUp({ username: 'b-new', password: PASSWORD, attributes: { email: 'new@example.com' } });
    expect(result.codeDeliveryDetails.Destination).to.equal('n***@e***.com');
    await Auth.resendSignUp('b-new');
    expect(await Auth.confirmSignUp('b-new', await lastCode('b-new'))).to.equal('SUCCESS');
    await Auth.forgotPassword('b-new');
    expect(await Auth.forgotPasswordSubmit('b-new', await lastCode('b-new'), 'N3w-Passw0rd')).to.equal('SUCCESS');
    const user = await Auth.signIn('b-new', 'N3w-Passw0rd');
    expect(user.challengeName).to.equal(undefined);
    await Auth.signOut({ global: true });
  });

  it('sets up TOTP when the pool requires it, then asks for TOTP', async () => {
    configure('totp');
    await dev('POST', 'users', { userPoolId: config.pools.totp.userPoolId, username: 'b-totp' });
    const user = await Auth.signIn('b-totp', PASSWORD);
    expect(user.challengeName).to.equal('MFA_SETUP');
    const secret = await Auth.setupTOTP(user);
    const totp = new TOTP({ secret });
    await Auth.verifyTotpToken(user, totp.generate());
    await Auth.signOut();
    const again = await Auth.signIn('b-totp', PASSWORD);
    expect(again.challengeName).to.equal('SOFTWARE_TOKEN_MFA');
    await Auth.confirmSignIn(again, totp.generate(), 'SOFTWARE_TOKEN_MFA');
    expect((await Auth.currentAuthenticatedUser()).username).to.equal('b-totp');
    await Auth.signOut();
  });

  it('sends an SMS code when SMS MFA is required; NEW_PASSWORD_REQUIRED comes first', async () => {
    configure('sms', 'USER_PASSWORD_AUTH');
    await dev('POST', 'users', { userPoolId: config.pools.sms.userPoolId, username: 'b-sms', temporary: true, attributes: { phone_number: '+15555550142' } });
    const user = await Auth.signIn('b-sms', PASSWORD);
    expect(user.challengeName).to.equal('NEW_PASSWORD_REQUIRED');
    const next = await Auth.completeNewPassword(user, 'N3w-Passw0rd');
    expect(next.challengeName).to.equal('SMS_MFA');
    await Auth.confirmSignIn(next, await lastCode('b-sms'), 'SMS_MFA');
    expect((await Auth.currentAuthenticatedUser()).username).to.equal('b-sms');
  });
});
