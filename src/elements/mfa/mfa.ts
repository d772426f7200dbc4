import { html, nothing, type PropertyValues } from 'lit';
import { totpUri } from '../../core/machine.js';
import type { AuthFlowApi, FormStep, Step } from '../../core/types.js';
import { AuthStepElement, type FormLayout } from '../shared/auth-element.js';
import { codeField } from '../shared/fields.js';
import { deliveryCopy } from '../sign-up/sign-up.js';
import type { QrPath } from './qr-code.js';

const MFA_LABELS: Record<string, string> = { SMS: 'Text message (SMS)', TOTP: 'Authenticator app (TOTP)' };

/**
 * @summary Multi-factor sign-in: the SMS or TOTP code, the choice of MFA method, and TOTP
 * setup with a scannable QR code and the setup key as copyable text.
 *
 * The issuer and account name authenticator apps show come from the flow (`totpIssuer`, the
 * username) unless `formFields.setupTotp.QR` gives `totpIssuer` / `totpUsername`.
 *
 * @event {CustomEvent<AuthStepChangeDetail>} auth-step-change - Only when the element hosts its own flow (alone on a page).
 * @event {CustomEvent<AuthSignedInDetail>} auth-signed-in - Only when the element hosts its own flow.
 * @event {CustomEvent<AuthErrorDetail>} auth-error - Only when the element hosts its own flow.
 *
 * @cssproperty --auth-color-background - Behind the setup key.
 */
export class AuthMfa extends AuthStepElement {
  protected readonly steps: readonly Step[] = ['confirmSignIn', 'selectMfaType', 'setupTotp'];

  /** The setup key was copied to the clipboard. */
  #copied = false;
  /** The QR code of the current setup URI, once the encoder has loaded. */
  #qr: (QrPath & { uri: string }) | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const uri = this.#totpUri();
    if (!uri) this.#qr = undefined;
    else if (this.#qr?.uri !== uri) {
      void import('./qr-code.js').then(({ qrPath }) => {
        if (this.#totpUri() !== uri) return;
        this.#qr = { uri, ...qrPath(uri) };
        this.requestUpdate();
      });
    }
  }

  /** The setup URI, with the issuer and account name of `formFields.setupTotp.QR` when given. */
  #totpUri(): string | undefined {
    const flow = this.view;
    const setup = flow?.step === 'setupTotp' ? flow.totpSetup : undefined;
    if (!setup) return undefined;
    const qr = (this.formFields ?? this.flowController.formFields)?.setupTotp?.QR;
    if (!qr?.totpIssuer && !qr?.totpUsername) return setup.uri;
    return totpUri(qr.totpIssuer ?? flow!.options.totpIssuer, qr.totpUsername ?? flow!.username ?? '', setup.secret);
  }

  #renderQr(): unknown {
    const qr = this.#qr;
    if (!qr) return html`<div class="auth-qr"></div>`;
    return html`<svg class="auth-qr" viewBox="0 0 ${qr.size} ${qr.size}" role="img"
      aria-label=${this.t('QR code for your authenticator app')} shape-rendering="crispEdges"
      ><rect width="100%" height="100%" fill="#fff"/><path fill="#000" d=${qr.d}/></svg>`;
  }

  protected renderStep(step: Step, flow: AuthFlowApi): unknown {
    this.#copied &&= step === 'setupTotp';
    // Every MFA step confirms with the same button and can go back.
    return this.renderForm(step as FormStep, {
      ...this.#layout(step, flow),
      submit: 'Confirm',
      busy: 'Confirming…',
      actions: this.renderAction('Back to Sign In', () => flow.toSignIn()),
    });
  }

  #layout(step: Step, flow: AuthFlowApi): Omit<FormLayout, 'submit' | 'busy'> {
    if (step === 'selectMfaType') {
      return {
        heading: 'Choose how to receive your code',
        body: this.renderChoices(
          'mfa_type',
          'Choose how to receive your code',
          flow.mfaTypes.map((type) => [type, this.t(MFA_LABELS[type] ?? type)]),
          true,
        ),
      };
    }
    if (step === 'setupTotp') {
      const setup = flow.totpSetup;
      const keyId = this.fieldId('setup-key');
      return {
        heading: 'Set up your authenticator app',
        text: this.t('Scan this QR code with your authenticator app, or enter the setup key.'),
        intro: setup
          ? html`${this.#renderQr()}
              <div class="auth-field">
                <span class="auth-label" id=${keyId}>${this.t('Setup key')}</span>
                <div class="auth-secret">
                  <code>${setup.secret}</code>
                  <button type="button" class="auth-button" aria-describedby=${keyId} @click=${this.#copySecret}>
                    ${this.t(this.#copied ? 'Copied' : 'Copy')}
                  </button>
                </div>
              </div>`
          : nothing,
        fields: [codeField()],
      };
    }
    const sms = !!flow.codeDelivery;
    return {
      heading: sms ? 'Confirm SMS Code' : 'Confirm TOTP Code',
      text: sms
        ? this.deliveryText(deliveryCopy(flow.codeDelivery).text)
        : this.t('Enter the code from your authenticator app.'),
      fields: [codeField()],
    };
  }

  #copySecret = async (event: Event): Promise<void> => {
    const secret = this.view?.totpSetup?.secret;
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret);
      this.#copied = true;
      this.requestUpdate();
    } catch {
      // No clipboard permission: select the key so the user can copy it by hand.
      const code = (event.target as HTMLElement).closest('.auth-secret')?.querySelector('code');
      if (code) getSelection()?.selectAllChildren(code);
    }
  };
}
