/**
 * What the live stories need from `npm start`: where the local Cognito server is and its demo
 * pools (`.cognito/demo-pools.json`, handed to Storybook by scripts/start.mjs as the env variable
 * STORYBOOK_LOCAL_COGNITO), Amplify pointed at one of them, and a dev inbox that shows the codes
 * the server "sent".
 */
import { Auth } from '@aws-amplify/auth';
import { css, html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';

export type DemoPoolName = 'username' | 'email' | 'phone' | 'totp' | 'sms';

/** The content of `.cognito/demo-pools.json` (see server/demo.mjs). */
export interface DemoConfig {
  endpoint: string;
  region: string;
  mailbox: string;
  password: string;
  pools: Record<DemoPoolName, { userPoolId: string; clientId: string; signIn: string; about: string }>;
}

/** The demo config `npm start` passed in, or undefined when Storybook runs on its own. */
export function demoConfig(): DemoConfig | undefined {
  const env = (import.meta as unknown as { env?: Record<string, string | undefined> }).env;
  const raw = env?.STORYBOOK_LOCAL_COGNITO;
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as DemoConfig;
  } catch {
    return undefined;
  }
}

/** Cognito's default password policy, which the demo pools use, as aws-exports states it. */
const DEMO_POLICY = {
  passwordPolicyMinLength: 8,
  passwordPolicyCharacters: ['REQUIRES_LOWERCASE', 'REQUIRES_UPPERCASE', 'REQUIRES_NUMBERS', 'REQUIRES_SYMBOLS'],
};

/** Points Amplify v5 `Auth` at a demo pool of the local server (never at AWS). */
export function configureDemoPool(config: DemoConfig, pool: DemoPoolName): void {
  const { userPoolId, clientId } = config.pools[pool];
  Auth.configure({
    region: config.region,
    userPoolId,
    userPoolWebClientId: clientId,
    authenticationFlowType: 'USER_SRP_AUTH',
    endpoint: config.endpoint,
    aws_cognito_password_protection_settings: DEMO_POLICY,
  });
}

interface DevMessage {
  kind: string;
  medium: 'EMAIL' | 'SMS';
  destination: string;
  code: string;
  time: string;
}

const KINDS: Record<string, string> = {
  SignUp: 'Sign-up code',
  ResendCode: 'Sign-up code (resent)',
  ForgotPassword: 'Password reset code',
  VerifyUserAttribute: 'Verification code',
  UpdateUserAttribute: 'Verification code',
  Authentication: 'Sign-in code (SMS MFA)',
  AdminCreateUser: 'Temporary password',
};

/**
 * The dev inbox: every code the local server "sent" by email or SMS for one pool, newest first,
 * polled from `GET /_dev/messages`. A development aid only: real Cognito sends real messages.
 */
export class DevInbox extends LitElement {
  static override styles = css`
    :host { display: block; font: 14px/1.4 system-ui, sans-serif; color: CanvasText; max-width: 24rem; }
    section { border: 1px dashed GrayText; border-radius: 8px; padding: 0.75rem 1rem; }
    h2 { font-size: 1rem; margin: 0 0 0.25rem; }
    p { margin: 0.25rem 0; }
    ol { list-style: none; margin: 0.5rem 0 0; padding: 0; display: grid; gap: 0.5rem; }
    li { display: grid; grid-template-columns: 1fr auto; gap: 0 0.75rem; }
    .code { grid-row: span 2; align-self: center; font: 600 1.25rem/1 ui-monospace, monospace; letter-spacing: 0.1em; }
    .meta { font-size: 0.8125rem; }
  `;

  /** `GET` URL of the mailbox (demo-pools.json `mailbox`). */
  @property() mailbox = '';
  /** Only this pool's messages. */
  @property({ attribute: 'user-pool-id' }) userPoolId = '';
  /** How often to look, in milliseconds. */
  @property({ type: Number }) interval = 1500;

  @state() private messages: DevMessage[] = [];
  @state() private unreachable = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.poll();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async poll(): Promise<void> {
    clearTimeout(this.timer);
    if (!this.mailbox) return;
    try {
      const query = new URLSearchParams(this.userPoolId ? { userPoolId: this.userPoolId } : {});
      const response = await fetch(`${this.mailbox}?${query}`);
      const body = (await response.json()) as { messages: DevMessage[] };
      this.messages = body.messages.slice(-5).reverse();
      this.unreachable = false;
    } catch {
      this.unreachable = true;
    }
    if (this.isConnected) this.timer = setTimeout(() => void this.poll(), this.interval);
  }

  protected override render(): unknown {
    return html`<section aria-labelledby="inbox-heading">
      <h2 id="inbox-heading">Dev inbox</h2>
      <p>Codes the local server "sent" by email or SMS, newest first.</p>
      <div aria-live="polite">
        ${this.unreachable
          ? html`<p role="alert">The local Cognito server does not answer. Is <code>npm start</code> running?</p>`
          : nothing}
        ${this.messages.length === 0 && !this.unreachable ? html`<p>No messages yet.</p>` : nothing}
        <ol>
          ${this.messages.map(
            (m) => html`<li>
              <span>${KINDS[m.kind] ?? m.kind}</span>
              <span class="code">${m.code}</span>
              <span class="meta">${m.medium === 'SMS' ? 'SMS' : 'Email'} to ${m.destination}, ${new Date(m.time).toLocaleTimeString()}</span>
            </li>`,
          )}
        </ol>
      </div>
    </section>`;
  }
}

if (!customElements.get('dev-inbox')) customElements.define('dev-inbox', DevInbox);

declare global {
  interface HTMLElementTagNameMap {
    'dev-inbox': DevInbox;
  }
}
