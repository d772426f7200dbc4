// When the server fails: down, a 500, malformed JSON, slow answers, an expired code. Each shows a
// clear message, keeps what was typed (secrets excepted) and a retry works. These tests use a
// local Cognito server of their own (test/e2e/fault-server.mjs): injected faults hit every caller.
import { expect } from '@open-wc/testing';
import { Auth } from '@aws-amplify/auth';
import {
  FLOW_TYPES,
  PASSWORD,
  button,
  cleanUp,
  click,
  createUser,
  dev,
  expectNoSecrets,
  field,
  fillAndSubmit,
  mountAuthenticator,
  nthCode,
  pageStorage,
  startFaultServer,
  stopFaultServer,
  unique,
  until,
  waitForAlert,
  waitForApp,
  waitForHeading,
  type FaultServer,
  type FlowType,
} from './support.js';

const SIGN_IN = 'Sign in to your account';
const NETWORK = 'Network error: check your connection and try again';
const SOMETHING_WRONG = 'Something went wrong. Please try again.';

/** The Cognito calls this page sends, by target (counted where Amplify sends them: fetch). */
function countCalls(): { calls: string[]; restore: () => void } {
  const calls: string[] = [];
  const original = window.fetch;
  window.fetch = (input, init) => {
    const target = new Headers(init?.headers).get('x-amz-target');
    if (target) calls.push(target.split('.')[1]!);
    return original(input, init);
  };
  return { calls, restore: () => void (window.fetch = original) };
}

for (const flowType of FLOW_TYPES) {
  describe(`e2e faults (${flowType})`, function () {
    this.timeout(30000);
    let server: FaultServer;
    let username: string;

    function configure(type: FlowType): void {
      Auth.configure({
        region: 'us-east-1',
        userPoolId: server.pool.userPoolId,
        userPoolWebClientId: server.pool.clientId,
        authenticationFlowType: type,
        endpoint: server.endpoint,
        storage: pageStorage,
        aws_cognito_password_protection_settings: undefined,
      });
    }

    async function signInPage() {
      const page = await mountAuthenticator();
      await waitForHeading(SIGN_IN);
      return page;
    }

    beforeEach(async () => {
      server = await startFaultServer();
      await dev('DELETE', 'faults', undefined, server.devApi);
      configure(flowType);
      username = unique('fault');
      await createUser(server.pool, { username, attributes: { email: `${username}@example.com`, email_verified: 'true' } }, server.devApi);
    });
    afterEach(async () => {
      await startFaultServer();
      await dev('DELETE', 'faults', undefined, server.devApi);
      await cleanUp();
    });

    it('the server is down: a network error, the username kept, and a retry once it is back signs in', async () => {
      const page = await signInPage();
      await stopFaultServer();
      await fillAndSubmit({ Username: username, Password: PASSWORD });
      expect(await waitForAlert()).to.equal(NETWORK);
      expect(field('Username').value).to.equal(username);
      expect(field('Password').value).to.equal('');
      expect(page.of('auth-error')).to.deep.equal([{ step: 'signIn', code: 'NetworkError', message: NETWORK }]);

      await startFaultServer();
      await fillAndSubmit({ Password: PASSWORD });
      await waitForApp(page);
      expectNoSecrets(page.events, [PASSWORD]);
    });

    it('in German, the server being down is told in German and the event detail carries that text', async () => {
      const page = await mountAuthenticator({ lang: 'de' });
      await waitForHeading('Bei Ihrem Konto anmelden');
      await stopFaultServer();
      await fillAndSubmit({ Benutzername: username, Passwort: PASSWORD });
      const german = 'Netzwerkfehler: Prüfen Sie Ihre Verbindung und versuchen Sie es erneut';
      expect(await waitForAlert()).to.equal(german);
      expect(page.of('auth-error')).to.deep.equal([{ step: 'signIn', code: 'NetworkError', message: german }]);
      await startFaultServer();
      await fillAndSubmit({ Passwort: PASSWORD });
      await waitForApp(page, 'Abmelden');
    });

    it('sign up fails with a 500: the message, the username and email kept, the passwords cleared; a retry works', async () => {
      const page = await mountAuthenticator({ 'initial-step': 'signUp', 'sign-up-attributes': 'email' });
      await waitForHeading('Create a new account');
      const newUser = unique('signup-fault');
      await dev('POST', 'faults', { type: 'error', target: 'SignUp' }, server.devApi);
      await fillAndSubmit({ Username: newUser, Email: `${newUser}@example.com`, Password: PASSWORD, 'Confirm Password': PASSWORD });
      expect(await waitForAlert()).to.equal(NETWORK);
      expect(field('Username').value).to.equal(newUser);
      expect(field('Email').value).to.equal(`${newUser}@example.com`);
      expect(field('Password').value).to.equal('');
      expect(field('Confirm Password').value).to.equal('');
      await fillAndSubmit({ Password: PASSWORD, 'Confirm Password': PASSWORD });
      await waitForHeading('We Emailed You');
      await fillAndSubmit({ 'Confirmation Code': await nthCode(newUser, 1, server.devApi) });
      await waitForApp(page);
      expect(page.of('auth-signed-up').map((d) => d.username)).to.deep.equal([newUser]);
    });

    it('the server answers 500: a clear message, then a retry signs in', async () => {
      const page = await signInPage();
      await dev('POST', 'faults', { type: 'error', target: 'InitiateAuth' }, server.devApi);
      await fillAndSubmit({ Username: username, Password: PASSWORD });
      const message = await waitForAlert();
      expect(message).to.equal(NETWORK);
      expect(field('Username').value).to.equal(username);
      await fillAndSubmit({ Password: PASSWORD });
      await waitForApp(page);
    });

    it('the server answers malformed JSON: a clear message, then a retry signs in', async () => {
      const page = await signInPage();
      await dev('POST', 'faults', { type: 'malformed', target: 'InitiateAuth' }, server.devApi);
      await fillAndSubmit({ Username: username, Password: PASSWORD });
      const message = await waitForAlert();
      expect(field('Username').value).to.equal(username);
      await fillAndSubmit({ Password: PASSWORD });
      await waitForApp(page);
      // A garbled answer is the server's fault, told in words a user understands: never the
      // script error it caused inside amazon-cognito-identity-js.
      expect(message).to.be.oneOf([NETWORK, SOMETHING_WRONG]);
      expect(page.of('auth-error')[0]).to.deep.equal({
        step: 'signIn',
        code: message === NETWORK ? 'NetworkError' : 'Unknown',
        message,
      });
    });

    it('a slow server: the button stays busy and a second click or Enter sends nothing', async () => {
      const page = await signInPage();
      await dev('POST', 'faults', { type: 'delay', target: 'InitiateAuth', delayMs: 1500 }, server.devApi);
      const counter = countCalls();
      try {
        await fillAndSubmit({ Username: username, Password: PASSWORD });
        await until(() => button('Signing in…').disabled);
        expect(button('Signing in…').getAttribute('aria-busy')).to.equal('true');
        button('Signing in…').click();
        field('Password').form!.requestSubmit();
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(button('Signing in…').disabled).to.equal(true);
        await waitForApp(page);
        expect(counter.calls.filter((t) => t === 'InitiateAuth')).to.have.length(1);
      } finally {
        counter.restore();
      }
      expect(page.of('auth-signed-in')).to.have.length(1);
    });

    it('an expired confirmation code: a clear message, resend, and the new code confirms', async () => {
      const pendingUser = unique('expired');
      await createUser(
        server.pool,
        { username: pendingUser, status: 'UNCONFIRMED', attributes: { email: `${pendingUser}@example.com` } },
        server.devApi,
      );
      const page = await signInPage();
      await fillAndSubmit({ Username: pendingUser, Password: PASSWORD });
      await waitForHeading('We Emailed You');
      const first = await nthCode(pendingUser, 1, server.devApi);
      await dev(
        'POST',
        'faults',
        { type: 'error', target: 'ConfirmSignUp', status: 400, code: 'ExpiredCodeException', message: 'Invalid code provided, please request a code again.' },
        server.devApi,
      );
      await fillAndSubmit({ 'Confirmation Code': first });
      expect(await waitForAlert()).to.equal('Invalid code provided, please request a code again.');
      expect(page.of('auth-error').at(-1)).to.deep.equal({
        step: 'confirmSignUp',
        code: 'ExpiredCode',
        message: 'Invalid code provided, please request a code again.',
      });
      click('Resend Code');
      const second = await nthCode(pendingUser, 2, server.devApi);
      await waitForHeading('We Emailed You');
      await fillAndSubmit({ 'Confirmation Code': second });
      await waitForApp(page);
      expectNoSecrets(page.events, [PASSWORD, first, second]);
    });
  });
}
