// MFA: TOTP setup with the shown secret and sign in with a TOTP code, a wrong TOTP code, SMS MFA,
// choosing the MFA type. Real elements, real Amplify v5, the local Cognito server.
import { expect } from '@open-wc/testing';
import {
  FLOW_TYPES,
  PASSWORD,
  cleanUp,
  click,
  configureAmplify,
  createUser,
  expectNoSecrets,
  field,
  fillAndSubmit,
  getUser,
  hasField,
  messages,
  mountAuthenticator,
  nthCode,
  totpCode,
  unique,
  until,
  waitForAlert,
  waitForApp,
  waitForHeading,
} from './support.js';

const SIGN_IN = 'Sign in to your account';
const SETUP = 'Set up your authenticator app';
const CONFIRM_TOTP = 'Confirm TOTP Code';
const CONFIRM_SMS = 'Confirm SMS Code';
const WRONG_CODE = 'Invalid code or auth state for the user.';

/** A six-digit code that is none of the codes valid around now. */
function wrongTotp(secret: string): string {
  const valid = new Set([-1, 0, 1].map((offset) => totpCode(secret, offset)));
  let code = '000000';
  for (let n = 0; valid.has(code); n++) code = String(n).padStart(6, '0');
  return code;
}

for (const flowType of FLOW_TYPES) {
  describe(`e2e MFA (${flowType})`, function () {
    this.timeout(40000);
    afterEach(cleanUp);

    it('TOTP required: sets up with the shown secret, signs in, signs out, signs in with a TOTP code', async () => {
      const pool = await configureAmplify('totp', flowType);
      const username = unique('totp');
      await createUser(pool, { username, attributes: { email: `${username}@example.com`, email_verified: 'true' } });
      const page = await mountAuthenticator();
      await waitForHeading(SIGN_IN);
      await fillAndSubmit({ Username: username, Password: PASSWORD });
      await waitForHeading(SETUP);
      const secret = document.querySelector('.auth-secret code')?.textContent?.trim() ?? '';
      expect(secret).to.match(/^[A-Z2-7]{16,}$/);
      // The QR code (its encoder loads on demand) is there to scan.
      await until(() => !!document.querySelector('svg.auth-qr[role=img]'));

      await fillAndSubmit({ Code: wrongTotp(secret) });
      expect(await waitForAlert()).to.match(/code/i);
      expect(field('Code').value).to.equal('');
      await fillAndSubmit({ Code: totpCode(secret) });
      await waitForApp(page);
      expect((await getUser(pool, username)).mfa).to.include('SOFTWARE_TOKEN_MFA');

      click('Sign Out');
      await waitForHeading(SIGN_IN);
      await fillAndSubmit({ Username: username, Password: PASSWORD });
      await waitForHeading(CONFIRM_TOTP);
      await fillAndSubmit({ Code: wrongTotp(secret) });
      expect(await waitForAlert()).to.equal(WRONG_CODE);
      // The next window's code: Cognito refuses a code used twice.
      await fillAndSubmit({ Code: totpCode(secret, 1) });
      await waitForApp(page);

      expect(page.of('auth-step-change').map((d) => d.step)).to.deep.equal([
        'signIn', 'setupTotp', 'authenticated', 'signOut', 'signIn', 'confirmSignIn', 'authenticated',
      ]);
      expect(page.of('auth-error').map((e) => e.step)).to.deep.equal(['setupTotp', 'confirmSignIn']);
      expectNoSecrets(page.events, [PASSWORD, secret, totpCode(secret), totpCode(secret, 1)]);
    });

    it('SMS MFA: the texted code signs in; a wrong one is refused first', async () => {
      const pool = await configureAmplify('sms', flowType);
      const username = unique('sms');
      const phone = `+1555${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
      await createUser(pool, {
        username,
        attributes: { phone_number: phone, phone_number_verified: 'true', email: `${username}@example.com`, email_verified: 'true' },
        mfa: { sms: true },
      });
      const page = await mountAuthenticator();
      await waitForHeading(SIGN_IN);
      await fillAndSubmit({ Username: username, Password: PASSWORD });
      await waitForHeading(CONFIRM_SMS);
      expect(document.body.textContent).to.contain(`We texted a code to +*******${phone.slice(-4)}`);
      const code = await nthCode(username);
      expect((await messages(username))[0]).to.include({ medium: 'SMS', destination: phone, kind: 'Authentication' });
      const wrong = code === '000000' ? '111111' : '000000';
      await fillAndSubmit({ Code: wrong });
      expect(await waitForAlert()).to.equal(WRONG_CODE);
      await fillAndSubmit({ Code: code });
      await waitForApp(page);
      expectNoSecrets(page.events, [PASSWORD, code]);
    });

    it('a user with SMS and TOTP chooses the authenticator app, then enters its code', async () => {
      const pool = await configureAmplify('optionalMfa', flowType);
      const username = unique('both');
      const phone = `+1555${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
      const { totpSecret } = await createUser(pool, {
        username,
        attributes: { phone_number: phone, phone_number_verified: 'true', email: `${username}@example.com`, email_verified: 'true' },
        mfa: { sms: true, totp: true, preferred: null },
      });
      const page = await mountAuthenticator();
      await waitForHeading(SIGN_IN);
      await fillAndSubmit({ Username: username, Password: PASSWORD });
      await waitForHeading('Choose how to receive your code');
      expect(hasField('Text message (SMS)')).to.equal(true);
      field('Authenticator app (TOTP)').click();
      click('Confirm');
      await waitForHeading(CONFIRM_TOTP);
      await fillAndSubmit({ Code: totpCode(totpSecret!) });
      await waitForApp(page);
      expect(await messages(username)).to.deep.equal([]);
      expect(page.of('auth-step-change').map((d) => d.step)).to.deep.equal(['signIn', 'selectMfaType', 'confirmSignIn', 'authenticated']);
      expectNoSecrets(page.events, [PASSWORD, totpSecret, totpCode(totpSecret!)]);
    });

    it('a user with SMS and TOTP chooses a text message', async () => {
      const pool = await configureAmplify('optionalMfa', flowType);
      const username = unique('both-sms');
      const phone = `+1555${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
      await createUser(pool, {
        username,
        attributes: { phone_number: phone, phone_number_verified: 'true', email: `${username}@example.com`, email_verified: 'true' },
        mfa: { sms: true, totp: true, preferred: null },
      });
      const page = await mountAuthenticator();
      await waitForHeading(SIGN_IN);
      await fillAndSubmit({ Username: username, Password: PASSWORD });
      await waitForHeading('Choose how to receive your code');
      field('Text message (SMS)').click();
      click('Confirm');
      await waitForHeading(CONFIRM_SMS);
      await until(() => hasField('Code'));
      await fillAndSubmit({ Code: await nthCode(username) });
      await waitForApp(page);
    });
  });
}
