// Passwords: forgot password with the mailed code, the pool's policy rule by rule, a temporary
// password that must be changed (with a required attribute), a reset the admin required.
import { expect } from '@open-wc/testing';
import {
  FLOW_TYPES,
  NEW_PASSWORD,
  PASSWORD,
  cleanUp,
  click,
  configureAmplify,
  createUser,
  dev,
  expectNoSecrets,
  field,
  fillAndSubmit,
  getUser,
  messages,
  mountAuthenticator,
  nthCode,
  typeInto,
  until,
  unique,
  waitForAlert,
  waitForApp,
  waitForHeading,
  type Pool,
} from './support.js';

const SIGN_IN = 'Sign in to your account';
const RESET = 'Reset Password';
/** The pool's policy as the Amplify CLI writes it into aws-exports. */
const POLICY_CONFIG = {
  aws_cognito_password_protection_settings: {
    passwordPolicyMinLength: 8,
    passwordPolicyCharacters: ['REQUIRES_LOWERCASE', 'REQUIRES_UPPERCASE', 'REQUIRES_NUMBERS', 'REQUIRES_SYMBOLS'],
  },
};

/** The visible messages under a field: its live hints or its error. */
function messagesUnder(label: string, kind: 'hints' | 'error' = 'hints'): string[] {
  const group = field(label).closest('.auth-field');
  const selector = kind === 'hints' ? '.auth-hint li' : '.auth-field-error';
  return [...(group?.querySelectorAll(selector) ?? [])].map((m) => m.textContent?.trim() ?? '');
}

for (const flowType of FLOW_TYPES) {
  describe(`e2e passwords (${flowType})`, function () {
    this.timeout(30000);
    afterEach(cleanUp);

    async function verifiedUser(pool: Pool, prefix: string): Promise<string> {
      const username = unique(prefix);
      await createUser(pool, { username, attributes: { email: `${username}@example.com`, email_verified: 'true' } });
      return username;
    }

    it('forgot password: the mailed code and a new password, then sign in with it', async () => {
      const pool = await configureAmplify('username', flowType);
      const username = await verifiedUser(pool, 'forgot');
      const page = await mountAuthenticator();
      await waitForHeading(SIGN_IN);
      click('Forgot your password?');
      await waitForHeading(RESET);
      await fillAndSubmit({ Username: username });
      await until(() => !!document.querySelector('input[autocomplete=one-time-code]'));
      await waitForHeading(RESET);
      expect(document.body.textContent).to.contain(`We emailed a code to ${username[0]}***@e***.com`);
      const code = await nthCode(username);
      await fillAndSubmit({ Code: code, 'New Password': NEW_PASSWORD, 'Confirm Password': NEW_PASSWORD });
      await waitForHeading(SIGN_IN);
      expect(document.querySelector('[role=status]')?.textContent?.trim()).to.equal('Your password has been changed');

      await fillAndSubmit({ Username: username, Password: PASSWORD });
      expect(await waitForAlert()).to.equal('Incorrect username or password.');
      await fillAndSubmit({ Password: NEW_PASSWORD });
      await waitForApp(page);
      expect((await messages(username)).map((m) => m.kind)).to.deep.equal(['ForgotPassword']);
      expectNoSecrets(page.events, [PASSWORD, NEW_PASSWORD, code]);
    });

    it('shows each unmet policy rule as the user types and on submit, sends nothing until all are met', async () => {
      const pool = await configureAmplify('username', flowType, POLICY_CONFIG);
      const username = await verifiedUser(pool, 'policy');
      const page = await mountAuthenticator({ 'initial-step': 'forgotPassword' });
      await waitForHeading(RESET);
      await fillAndSubmit({ Username: username });
      await until(() => !!document.querySelector('input[autocomplete=one-time-code]'));
      const code = await nthCode(username);

      await typeInto('New Password', 'abc');
      expect(messagesUnder('New Password')).to.deep.equal([
        'Password must have at least 8 characters',
        'Password must have upper case letters',
        'Password must have numbers',
        'Password must have special characters',
      ]);
      await typeInto('New Password', 'abcdefgH1');
      expect(messagesUnder('New Password')).to.deep.equal(['Password must have special characters']);

      await fillAndSubmit({ Code: code, 'New Password': 'abcdefgh', 'Confirm Password': 'abcdefgh' });
      await until(() => field('New Password').getAttribute('aria-invalid') === 'true');
      // On submit the field names its first unmet rule (the live list above names them all).
      expect(messagesUnder('New Password', 'error')).to.deep.equal(['Password must have upper case letters']);
      // Rejected before any call: the code is still unused, so it still works.
      await fillAndSubmit({ Code: code, 'New Password': NEW_PASSWORD, 'Confirm Password': `${NEW_PASSWORD}x` });
      await until(() => messagesUnder('Confirm Password', 'error').includes('Your passwords must match'));
      await fillAndSubmit({ Code: code, 'New Password': NEW_PASSWORD, 'Confirm Password': NEW_PASSWORD });
      await waitForHeading(SIGN_IN);
      expect(page.of('auth-error').filter((e) => e.step === 'confirmResetPassword' && e.code !== 'Validation')).to.deep.equal([]);
      expectNoSecrets(page.events, [NEW_PASSWORD, code, 'abcdefgh']);
    });

    it("without the policy in the config, the server's policy message is shown", async () => {
      const pool = await configureAmplify('username', flowType);
      const username = await verifiedUser(pool, 'server-policy');
      await mountAuthenticator({ 'initial-step': 'forgotPassword' });
      await waitForHeading(RESET);
      await fillAndSubmit({ Username: username });
      await until(() => !!document.querySelector('input[autocomplete=one-time-code]'));
      const code = await nthCode(username);
      await fillAndSubmit({ Code: code, 'New Password': 'abcdefgH1', 'Confirm Password': 'abcdefgH1' });
      expect(await waitForAlert()).to.equal('Password did not conform with policy: Password must have symbol characters');
      // The code field keeps nothing secret; the user retypes and succeeds.
      await fillAndSubmit({ Code: code, 'New Password': NEW_PASSWORD, 'Confirm Password': NEW_PASSWORD });
      await waitForHeading(SIGN_IN);
    });

    it('a temporary password must be changed, with the attribute the pool requires, then signed in', async () => {
      await configureAmplify('username', flowType);
      const pool = await dev<Pool>('POST', 'pools', { name: unique('e2e-required-name'), requiredAttributes: ['name'] });
      await configureAmplify(pool, flowType);
      const username = unique('temp');
      await createUser(pool, { username, temporary: true, attributes: { email: `${username}@example.com`, email_verified: 'true' } });
      const page = await mountAuthenticator();
      await waitForHeading(SIGN_IN);
      await fillAndSubmit({ Username: username, Password: PASSWORD });
      await waitForHeading('Change Password');
      await fillAndSubmit({ Name: 'Ada Lovelace', 'New Password': 'Sh0rt!', 'Confirm Password': 'Sh0rt!' });
      expect(await waitForAlert()).to.equal('Password did not conform with policy: Password not long enough');
      expect(field('Name').value).to.equal('Ada Lovelace');
      expect(field('New Password').value).to.equal('');
      await fillAndSubmit({ 'New Password': NEW_PASSWORD, 'Confirm Password': NEW_PASSWORD });
      await waitForApp(page);
      const user = await getUser(pool, username);
      expect(user.status).to.equal('CONFIRMED');
      expect(user.attributes.name).to.equal('Ada Lovelace');
      expect(page.of('auth-signed-in')[0]!.attributes).to.include({ name: 'Ada Lovelace' });
      expect(page.of('auth-step-change').map((d) => d.step)).to.deep.equal(['signIn', 'forceNewPassword', 'authenticated']);
      expectNoSecrets(page.events, [PASSWORD, NEW_PASSWORD]);
    });

    it('a reset required by the admin: a code is mailed, the new password set, then sign in', async () => {
      const pool = await configureAmplify('username', flowType);
      const username = unique('reset');
      await createUser(pool, { username, status: 'RESET_REQUIRED', attributes: { email: `${username}@example.com`, email_verified: 'true' } });
      const page = await mountAuthenticator();
      await waitForHeading(SIGN_IN);
      await fillAndSubmit({ Username: username, Password: PASSWORD });
      await until(() => !!document.querySelector('input[autocomplete=one-time-code]'));
      await waitForHeading(RESET);
      const code = await nthCode(username);
      await fillAndSubmit({ Code: code, 'New Password': NEW_PASSWORD, 'Confirm Password': NEW_PASSWORD });
      await waitForHeading(SIGN_IN);
      await fillAndSubmit({ Username: username, Password: NEW_PASSWORD });
      await waitForApp(page);
      expectNoSecrets(page.events, [PASSWORD, NEW_PASSWORD, code]);
    });
  });
}
