import { html } from 'lit';
import type { AuthFlowApi, Step } from '../../core/types.js';
import { AuthStepElement } from '../shared/auth-element.js';
import { codeField, loginField, newPasswordFields } from '../shared/fields.js';
import { deliveryCopy } from '../sign-up/sign-up.js';

/**
 * @summary Password reset: ask for a code ("Send code"), then the code, a new password and its
 * confirmation ("Submit").
 *
 * @event {CustomEvent<AuthStepChangeDetail>} auth-step-change - Only when the element hosts its own flow (alone on a page).
 * @event {CustomEvent<AuthErrorDetail>} auth-error - Only when the element hosts its own flow.
 *
 * @cssproperty --auth-color-success - The "password changed" notice on sign in.
 */
export class AuthForgotPassword extends AuthStepElement {
  protected readonly steps: readonly Step[] = ['forgotPassword', 'confirmResetPassword'];

  protected override ownFlowOptions() {
    return { initialStep: 'forgotPassword' as const };
  }

  protected renderStep(step: Step, flow: AuthFlowApi): unknown {
    const back = this.renderAction('Back to Sign In', () => flow.toSignIn());
    if (step === 'forgotPassword') {
      return this.renderForm('forgotPassword', {
        heading: 'Reset Password',
        text: this.t('Enter your username and we will send you a code to reset your password.'),
        fields: [
          { ...loginField(flow.options.loginMechanisms[0]), value: flow.username ?? '' },
        ],
        submit: 'Send code',
        busy: 'Sending…',
        actions: back,
      });
    }
    return this.renderForm('confirmResetPassword', {
      heading: 'Reset Password',
      text: this.deliveryText(deliveryCopy(flow.codeDelivery).text),
      fields: [codeField(), ...newPasswordFields('New Password')],
      submit: 'Submit',
      busy: 'Submitting…',
      actions: html`${this.renderAction('Resend Code', () => flow.resendCode(), 'Sending…')}${back}`,
    });
  }
}
