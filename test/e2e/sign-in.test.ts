// Sign in: wrong input, unconfirmed users, a restored session. Real elements, real Amplify v5,
// the local Cognito server; both password flows.
import { expect, fixtureCleanup } from '@open-wc/testing';
import {
  FLOW_TYPES,
  PASSWORD,
  cleanUp,
  configureAmplify,
  createUser,
  expectNoSecrets,
  field,
  fillAndSubmit,
  getUser,
  heading,
  mountAuthenticator,
  nthCode,
  unique,
  waitForAlert,
  waitForApp,
  waitForHeading,
} from './support.js';

const SIGN_IN = 'Sign in to your account';

for (const flowType of FLOW_TYPES) {
  describe(`e2e sign in (${flowType})`, function () {
    this.timeout(30000);
    afterEach(cleanUp);

    it('an unknown user is told so; the username stays, the password is cleared', async () => {
      await configureAmplify('username', flowType);
      const page = await mountAuthenticator();
      await waitForHeading(SIGN_IN);
      const username = unique('nobody');
      await fillAndSubmit({ Username: username, Password: PASSWORD });
      expect(await waitForAlert()).to.equal('User does not exist.');
      expect(field('Username').value).to.equal(username);
      expect(field('Password').value).to.equal('');
      expect(page.of('auth-error')).to.deep.equal([{ step: 'signIn', code: 'UserNotFound', message: 'User does not exist.' }]);
      expect(page.of('auth-signed-in')).to.deep.equal([]);
      expectNoSecrets(page.events, [PASSWORD]);
    });

    it('a wrong password is refused, focus goes back to the password, and the right one then works', async () => {
      const pool = await configureAmplify('username', flowType);
      const username = unique('user');
      await createUser(pool, { username, attributes: { email: `${username}@example.com`, email_verified: 'true' } });
      const page = await mountAuthenticator();
      await waitForHeading(SIGN_IN);
      await fillAndSubmit({ Username: username, Password: 'Wr0ng-password' });
      expect(await waitForAlert()).to.equal('Incorrect username or password.');
      expect(field('Username').value).to.equal(username);
      expect(field('Password').value).to.equal('');
      expect(document.activeElement === field('Password'), 'focus on Password').to.equal(true);

      // The user only retypes the password.
      await fillAndSubmit({ Password: PASSWORD });
      await waitForApp(page);
      const [signedIn, ...more] = page.of('auth-signed-in');
      expect(more).to.deep.equal([]);
      expect(signedIn).to.have.keys('username', 'attributes');
      expect(signedIn!.username).to.equal(username);
      expect(signedIn!.attributes).to.include({ email: `${username}@example.com`, email_verified: 'true' });
      expect(page.of('auth-error').map((e) => e.code)).to.deep.equal(['NotAuthorized']);
      expectNoSecrets(page.events, [PASSWORD, 'Wr0ng-password']);
    });

    it('an unconfirmed user gets a code, confirms it and is signed in', async () => {
      const pool = await configureAmplify('username', flowType);
      const username = unique('unconfirmed');
      await createUser(pool, { username, status: 'UNCONFIRMED', attributes: { email: `${username}@example.com` } });
      const page = await mountAuthenticator();
      await waitForHeading(SIGN_IN);
      await fillAndSubmit({ Username: username, Password: PASSWORD });
      await waitForHeading('We Emailed You');
      const code = await nthCode(username);
      await fillAndSubmit({ 'Confirmation Code': code });
      await waitForApp(page);
      expect((await getUser(pool, username)).status).to.equal('CONFIRMED');
      expect(page.of('auth-step-change').map((d) => d.step)).to.deep.equal(['signIn', 'confirmSignUp', 'authenticated']);
      expectNoSecrets(page.events, [PASSWORD, code]);
    });

    it('a username typed with spaces around it signs in as the trimmed name', async () => {
      const pool = await configureAmplify('username', flowType);
      const username = unique('spaces');
      await createUser(pool, { username, attributes: { email: `${username}@example.com`, email_verified: 'true' } });
      const page = await mountAuthenticator();
      await waitForHeading(SIGN_IN);
      await fillAndSubmit({ Username: `  ${username} `, Password: PASSWORD });
      await waitForApp(page);
      expect(page.of('auth-signed-in')[0]!.username).to.equal(username);
    });

    it('signs in with an email address and with a phone number', async () => {
      const emailPool = await configureAmplify('email', flowType);
      const email = `${unique('mail')}@example.com`;
      await createUser(emailPool, { username: email, attributes: { email_verified: 'true' } });
      let page = await mountAuthenticator({ 'login-mechanisms': 'email' });
      await waitForHeading(SIGN_IN);
      await fillAndSubmit({ Email: email, Password: PASSWORD });
      await waitForApp(page);
      expect(page.of('auth-signed-in')[0]!.attributes).to.include({ email });
      await cleanUp();

      const phonePool = await configureAmplify('phone', flowType);
      const digits = `555${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
      await createUser(phonePool, { username: `+1${digits}`, attributes: { phone_number_verified: 'true' } });
      page = await mountAuthenticator({ 'login-mechanisms': 'phone_number' });
      await waitForHeading(SIGN_IN);
      // The dial code select says +1; the user types the national number, with its usual punctuation.
      await fillAndSubmit({ 'Phone Number': `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`, Password: PASSWORD });
      await waitForApp(page);
      expect(page.of('auth-signed-in')[0]!.attributes).to.include({ phone_number: `+1${digits}` });
    });

    it('after a reload the session is restored without showing the sign-in form', async () => {
      const pool = await configureAmplify('username', flowType);
      const username = unique('reload');
      await createUser(pool, { username, attributes: { email: `${username}@example.com`, email_verified: 'true' } });
      const first = await mountAuthenticator();
      await waitForHeading(SIGN_IN);
      await fillAndSubmit({ Username: username, Password: PASSWORD });
      await waitForApp(first);

      // "Reload": the authenticator goes away with its flow; Amplify's storage stays.
      fixtureCleanup();
      const headings: string[] = [];
      const watch = new MutationObserver(() => headings.push(heading()));
      watch.observe(document.body, { subtree: true, childList: true, characterData: true });
      const second = await mountAuthenticator();
      await waitForApp(second);
      watch.disconnect();
      expect(headings.filter(Boolean)).to.deep.equal([]);
      expect(second.of('auth-step-change').map((d) => d.step)).to.deep.equal(['authenticated']);
      expect(second.of('auth-signed-in').map((d) => d.username)).to.deep.equal([username]);
    });
  });
}
