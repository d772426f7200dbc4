// After sign-in, a user with no verified contact is asked to verify one (skippable).
import { expect } from '@open-wc/testing';
import {
  FLOW_TYPES,
  PASSWORD,
  cleanUp,
  click,
  configureAmplify,
  createUser,
  expectNoSecrets,
  fillAndSubmit,
  getUser,
  hasField,
  mountAuthenticator,
  nthCode,
  unique,
  until,
  waitForAlert,
  waitForApp,
  waitForHeading,
} from './support.js';

const SIGN_IN = 'Sign in to your account';
const VERIFY = 'Account recovery requires verified contact information';

for (const flowType of FLOW_TYPES) {
  describe(`e2e verify contact (${flowType})`, function () {
    this.timeout(30000);
    afterEach(cleanUp);

    async function signInUnverified(): Promise<{ username: string; email: string; page: Awaited<ReturnType<typeof mountAuthenticator>> }> {
      const pool = await configureAmplify('username', flowType);
      const username = unique('unverified');
      const email = `${username}@example.com`;
      await createUser(pool, { username, attributes: { email, email_verified: 'false' } });
      const page = await mountAuthenticator();
      await waitForHeading(SIGN_IN);
      await fillAndSubmit({ Username: username, Password: PASSWORD });
      await waitForHeading(VERIFY);
      return { username, email, page };
    }

    it('verifies the unverified email with the mailed code, then shows the app', async () => {
      const { username, email, page } = await signInUnverified();
      expect(document.body.textContent).to.contain('Email:');
      click('Verify');
      await until(() => hasField('Code'));
      await waitForHeading(VERIFY);
      const code = await nthCode(username);
      await fillAndSubmit({ Code: code === '000000' ? '111111' : '000000' });
      expect(await waitForAlert()).to.equal('Invalid verification code provided, please try again.');
      await fillAndSubmit({ Code: code });
      await waitForApp(page);
      const user = await getUser(await configureAmplify('username', flowType), username);
      expect(user.attributes).to.include({ email, email_verified: 'true' });
      expect(page.of('auth-step-change').map((d) => d.step)).to.deep.equal(['signIn', 'verifyUser', 'confirmVerifyUser', 'authenticated']);
      expect(page.of('auth-signed-in').map((d) => d.username)).to.deep.equal([username]);
      expectNoSecrets(page.events, [PASSWORD, code]);
    });

    it('skips verification and shows the app; the email stays unverified', async () => {
      const { username, page } = await signInUnverified();
      click('Skip');
      await waitForApp(page);
      const user = await getUser(await configureAmplify('username', flowType), username);
      expect(user.attributes.email_verified).to.equal('false');
      expect(page.of('auth-signed-in').map((d) => d.username)).to.deep.equal([username]);
    });
  });
}
