// Sign up, confirm with the mailed code, auto sign-in, sign out, sign in again; resend and bad
// codes. Real elements, real Amplify v5, the local Cognito server; both password flows.
import { expect } from '@open-wc/testing';
import {
  FLOW_TYPES,
  PASSWORD,
  alertText,
  cleanUp,
  click,
  configureAmplify,
  dev,
  expectNoSecrets,
  fillAndSubmit,
  getUser,
  hasField,
  mountAuthenticator,
  nthCode,
  messages,
  unique,
  waitForAlert,
  waitForApp,
  waitForHeading,
} from './support.js';

const SIGN_IN = 'Sign in to your account';
const SIGN_UP = 'Create a new account';
const CONFIRM = 'We Emailed You';

for (const flowType of FLOW_TYPES) {
  describe(`e2e sign up (${flowType})`, function () {
    this.timeout(30000);
    afterEach(cleanUp);

    it('signs up, confirms with the mailed code, is signed in, signs out and signs in again', async () => {
      await configureAmplify('username', flowType);
      const page = await mountAuthenticator({ 'sign-up-attributes': 'email' });
      await waitForHeading(SIGN_IN);
      click('Create Account');
      await waitForHeading(SIGN_UP);

      const username = unique('new');
      await fillAndSubmit({
        Username: username,
        Email: `${username}@example.com`,
        Password: PASSWORD,
        'Confirm Password': PASSWORD,
      });
      await waitForHeading(CONFIRM);
      expect(document.body.textContent).to.contain(`We emailed a code to ${username[0]}***@e***.com`);
      const code = await nthCode(username);
      await fillAndSubmit({ 'Confirmation Code': code });
      await waitForApp(page);
      expect((await getUser(await configureAmplify('username', flowType), username)).status).to.equal('CONFIRMED');

      click('Sign Out');
      await waitForHeading(SIGN_IN);
      await fillAndSubmit({ Username: username, Password: PASSWORD });
      await waitForApp(page);

      expect(page.of('auth-signed-up')).to.deep.equal([
        {
          username,
          userConfirmed: false,
          codeDelivery: { attributeName: 'email', deliveryMedium: 'EMAIL', destination: `${username[0]}***@e***.com` },
        },
      ]);
      expect(page.of('auth-signed-in').map((d) => d.username)).to.deep.equal([username, username]);
      expect(page.of('auth-signed-in')[0]!.attributes).to.include({ email: `${username}@example.com` });
      expect(page.of('auth-signed-out')).to.deep.equal([{}]);
      expect(page.of('auth-step-change').map((d) => d.step)).to.deep.equal([
        'signIn', 'signUp', 'confirmSignUp', 'authenticated', 'signOut', 'signIn', 'authenticated',
      ]);
      expect(page.of('auth-error')).to.deep.equal([]);
      expectNoSecrets(page.events, [PASSWORD, code]);
    });

    it('a sign-up attribute made optional with formFields can stay empty: the account is created without it', async () => {
      const pool = await configureAmplify('username', flowType);
      const page = await mountAuthenticator({ 'sign-up-attributes': 'email,name', 'initial-step': 'signUp' });
      page.el.formFields = { signUp: { name: { required: false } } };
      await waitForHeading(SIGN_UP);
      const username = unique('optional');
      await fillAndSubmit({ Username: username, Email: `${username}@example.com`, Password: PASSWORD, 'Confirm Password': PASSWORD });
      await waitForHeading(CONFIRM);
      await fillAndSubmit({ 'Confirmation Code': await nthCode(username) });
      await waitForApp(page);
      const { attributes } = await getUser(pool, username);
      expect(attributes).to.include({ email: `${username}@example.com` });
      expect(attributes).to.not.have.property('name');
      expect(page.of('auth-error')).to.deep.equal([]);
    });

    it('resends the code; an old or wrong code is refused with the typed code cleared, the new one works', async () => {
      const pool = await configureAmplify('username', flowType);
      const page = await mountAuthenticator({ 'sign-up-attributes': 'email', 'initial-step': 'signUp' });
      await waitForHeading(SIGN_UP);
      const username = unique('resend');
      await fillAndSubmit({ Username: username, Email: `${username}@example.com`, Password: PASSWORD, 'Confirm Password': PASSWORD });
      await waitForHeading(CONFIRM);
      const first = await nthCode(username, 1);

      click('Resend Code');
      const second = await nthCode(username, 2);
      await waitForHeading(CONFIRM);
      expect((await messages(username)).map((m) => m.kind)).to.deep.equal(['SignUp', 'ResendCode']);

      // The first code was replaced by the second one.
      const wrong = first === second ? String((Number(first) + 1) % 1000000).padStart(6, '0') : first;
      await fillAndSubmit({ 'Confirmation Code': wrong });
      expect(await waitForAlert()).to.equal('Invalid verification code provided, please try again.');
      expect((document.activeElement as HTMLInputElement).value).to.equal('');
      await fillAndSubmit({ 'Confirmation Code': second });
      await waitForApp(page);
      expect((await getUser(pool, username)).status).to.equal('CONFIRMED');

      const errors = page.of('auth-error');
      expect(errors).to.deep.equal([
        { step: 'confirmSignUp', code: 'CodeMismatch', message: 'Invalid verification code provided, please try again.' },
      ]);
      expectNoSecrets(page.events, [PASSWORD, first, second]);
    });

    it('signs up with an email address as username and confirms', async () => {
      await configureAmplify('email', flowType);
      const page = await mountAuthenticator({ 'login-mechanisms': 'email', 'initial-step': 'signUp' });
      await waitForHeading(SIGN_UP);
      const email = `${unique('mail')}@example.com`;
      await fillAndSubmit({ Email: email, Password: PASSWORD, 'Confirm Password': PASSWORD });
      await waitForHeading(CONFIRM);
      await fillAndSubmit({ 'Confirmation Code': await nthCode(email) });
      await waitForApp(page);
      expect(page.of('auth-signed-in')[0]!.attributes).to.include({ email });
      expect(alertText()).to.equal('');
    });
  });
}

describe('e2e sign up confirmed by an emailed link', function () {
  this.timeout(30000);
  afterEach(cleanUp);
  after(() => configureAmplify('username', 'USER_SRP_AUTH', { signUpVerificationMethod: 'code' }));

  it('asks for no code, waits, and is signed in by Amplify once the link confirmed the account', async () => {
    const pool = await configureAmplify('username', 'USER_SRP_AUTH', { signUpVerificationMethod: 'link' });
    const page = await mountAuthenticator({ 'sign-up-attributes': 'email', 'initial-step': 'signUp' });
    await waitForHeading(SIGN_UP);
    const username = unique('link');
    await fillAndSubmit({ Username: username, Email: `${username}@example.com`, Password: PASSWORD, 'Confirm Password': PASSWORD });
    await waitForHeading(CONFIRM);
    expect(document.body.textContent).to.contain('We emailed you a link. Follow it to confirm your account, then sign in.');
    expect(hasField('Confirmation Code')).to.equal(false);
    expect((await getUser(pool, username)).status).to.equal('UNCONFIRMED');

    // Following the link is Cognito's business: the account becomes confirmed, and Amplify's
    // sign-in poll (every 5 s) gets through.
    await dev('PATCH', 'users', { userPoolId: pool.userPoolId, username, status: 'CONFIRMED' });
    await waitForApp(page, 'Sign Out', 20000);
    expect(page.of('auth-signed-in').map((d) => d.username)).to.deep.equal([username]);
    expect(page.of('auth-step-change').map((d) => d.step)).to.deep.equal(['signUp', 'confirmSignUp', 'authenticated']);
    expect(page.of('auth-error')).to.deep.equal([]);
    expectNoSecrets(page.events, [PASSWORD]);
  });
});
