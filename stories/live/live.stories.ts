/**
 * Live stories: the real `<auth-authenticator>` with the real Amplify v5 `Auth` against the local
 * Cognito server that `npm start` runs. Sign up, confirm with the code from the dev inbox, set up
 * TOTP, sign in with SMS MFA: everything a user does, with no AWS account.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../../src/index.js';
import { configureDemoPool, demoConfig, type DemoPoolName } from './local-cognito.js';

interface LiveArgs {
  pool: DemoPoolName;
  loginMechanisms: string;
  signUpAttributes: string;
}

const meta: Meta<LiveArgs> = {
  title: 'Live/Local Cognito',
  // Needs `npm start` (excluded from the story tests); one story per page: Amplify's `Auth` is a
  // single configuration, so a docs page showing every pool at once cannot work.
  tags: ['live', '!autodocs'],
  parameters: { layout: 'padded', controls: { disable: true } },
  render: ({ pool, loginMechanisms, signUpAttributes }) => {
    const config = demoConfig();
    if (!config) {
      return html`<p role="alert">
        These stories talk to the local Cognito server. Start everything with <code>npm start</code>
        (it runs the server and Storybook together).
      </p>`;
    }
    configureDemoPool(config, pool);
    const demo = config.pools[pool];
    return html`<div style="display: flex; flex-wrap: wrap; gap: 2rem; align-items: flex-start;">
      <auth-authenticator login-mechanisms=${loginMechanisms} sign-up-attributes=${signUpAttributes || nothing}>
        <div style="display: grid; gap: 1rem; justify-items: start;">
          <h1 style="margin: 0; font-size: 1.5rem;">You are signed in</h1>
          <p style="margin: 0;">This is where the app goes.</p>
          <auth-sign-out></auth-sign-out>
        </div>
      </auth-authenticator>
      <aside style="display: grid; gap: 1rem; max-width: 24rem;">
        <section style="font: 14px/1.4 system-ui, sans-serif;">
          <h2 style="font-size: 1rem; margin: 0 0 0.25rem;">Try it</h2>
          <p style="margin: 0.25rem 0;">${demo.about[0]?.toUpperCase()}${demo.about.slice(1)}.</p>
          <p style="margin: 0.25rem 0;">Demo user: <code>${demo.signIn}</code>, password <code>${config.password}</code>,
            or create an account: its code arrives in the dev inbox below.</p>
        </section>
        <dev-inbox mailbox=${config.mailbox} user-pool-id=${demo.userPoolId}></dev-inbox>
      </aside>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<LiveArgs>;

export const UsernameSignIn: Story = {
  name: 'Username sign-in',
  args: { pool: 'username', loginMechanisms: 'username', signUpAttributes: 'email' },
};

export const EmailSignIn: Story = {
  name: 'Email sign-in',
  args: { pool: 'email', loginMechanisms: 'email', signUpAttributes: '' },
};

export const PhoneSignIn: Story = {
  name: 'Phone sign-in',
  args: { pool: 'phone', loginMechanisms: 'phone_number', signUpAttributes: 'email' },
};

export const TotpRequired: Story = {
  name: 'TOTP required',
  args: { pool: 'totp', loginMechanisms: 'username', signUpAttributes: 'email' },
};

export const SmsMfa: Story = {
  name: 'SMS MFA',
  args: { pool: 'sms', loginMechanisms: 'username', signUpAttributes: 'email phone_number' },
};
