import { html } from 'lit';
import type { AuthFlowApi, CodeDelivery, Step } from '../../core/types.js';
import { AuthStepElement } from '../shared/auth-element.js';
import { attributeField, codeField, loginField, newPasswordFields } from '../shared/fields.js';

/** Heading and text for where the confirmation code went. */
export function deliveryCopy(delivery: CodeDelivery | undefined): { heading: string; text: string } {
  const destination = delivery?.destination;
  if (!destination) {
    return { heading: 'We Sent A Code', text: 'Enter the code we sent you. It may take a minute to arrive.' };
  }
  if (delivery.deliveryMedium === 'EMAIL') {
    return { heading: 'We Emailed You', text: 'We emailed a code to {destination}. It may take a minute to arrive.' };
  }
  if (delivery.deliveryMedium === 'SMS') {
    return { heading: 'We Texted You', text: 'We texted a code to {destination}. It may take a minute to arrive.' };
  }
  return { heading: 'We Sent A Code', text: 'We sent a code to {destination}. It may take a minute to arrive.' };
}

/**
 * @summary Account creation: the login field, Password, Confirm Password with live policy hints
 * and the configured sign-up attributes (`custom:*` included); then the confirmation code (or
 * the wait for an emailed link).
 *
 * @event {CustomEvent<AuthStepChangeDetail>} auth-step-change - Only when the element hosts its own flow (alone on a page).
 * @event {CustomEvent<AuthSignedUpDetail>} auth-signed-up - Only when the element hosts its own flow.
 * @event {CustomEvent<AuthSignedInDetail>} auth-signed-in - Only when the element hosts its own flow.
 * @event {CustomEvent<AuthErrorDetail>} auth-error - Only when the element hosts its own flow.
 *
 * @cssproperty --auth-color-primary - Buttons, links, the selected tab.
 */
export class AuthSignUp extends AuthStepElement {
  protected readonly steps: readonly Step[] = ['signUp', 'confirmSignUp'];

  protected override ownFlowOptions() {
    return { initialStep: 'signUp' as const };
  }

  protected renderStep(step: Step, flow: AuthFlowApi): unknown {
    return step === 'signUp' ? this.renderSignUp(flow) : this.renderConfirm(flow);
  }

  private renderSignUp(flow: AuthFlowApi): unknown {
    const login = flow.options.loginMechanisms[0] ?? 'username';
    const attributes = flow.options.signUpAttributes.filter((name) => name !== login);
    return this.renderTabs(
      'signUp',
      this.renderForm('signUp', {
        heading: 'Create a new account',
        fields: this.fieldsFor('signUp', [
          loginField(login, login),
          ...newPasswordFields(),
          ...attributes.map((name) => attributeField(name)),
        ]),
        submit: 'Create Account',
        busy: 'Creating Account…',
      }),
    );
  }

  private renderConfirm(flow: AuthFlowApi): unknown {
    const back = this.renderAction('Back to Sign In', () => flow.toSignIn());
    if (flow.awaitingLink) {
      // No code to enter: Cognito waits for the emailed link.
      return html`<div class="auth-form">
        <h2 class="auth-heading" tabindex="-1">${this.t('We Emailed You')}</h2>
        <p class="auth-text">${this.t('We emailed you a link. Follow it to confirm your account, then sign in.')}</p>
        <div class="auth-error" role="alert">${flow.error ? this.t(flow.error.message, flow.error.values) : ''}</div>
        <div class="auth-actions">${back}</div>
      </div>`;
    }
    const copy = deliveryCopy(flow.codeDelivery);
    return this.renderForm('confirmSignUp', {
      heading: copy.heading,
      text: this.t(copy.text, { destination: flow.codeDelivery?.destination ?? '' }),
      fields: this.fieldsFor('confirmSignUp', [codeField('Confirmation Code')]),
      submit: 'Confirm',
      busy: 'Confirming…',
      actions: html`${this.renderAction('Resend Code', () => flow.resendCode(), 'Sending…')}${back}`,
    });
  }
}
