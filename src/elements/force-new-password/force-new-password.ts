import type { AuthFlowApi, Step } from '../../core/types.js';
import { AuthStepElement } from '../shared/auth-element.js';
import { attributeField, newPasswordFields } from '../shared/fields.js';

/**
 * @summary The forced password change after an admin-created account's first sign-in: New
 * Password, Confirm Password and any attributes the pool requires.
 *
 * @event {CustomEvent<AuthStepChangeDetail>} auth-step-change - Only when the element hosts its own flow (alone on a page).
 * @event {CustomEvent<AuthSignedInDetail>} auth-signed-in - Only when the element hosts its own flow.
 * @event {CustomEvent<AuthErrorDetail>} auth-error - Only when the element hosts its own flow.
 *
 * @cssproperty --auth-color-text-muted - The password rule hints.
 */
export class AuthForceNewPassword extends AuthStepElement {
  protected readonly steps: readonly Step[] = ['forceNewPassword'];

  protected renderStep(_step: Step, flow: AuthFlowApi): unknown {
    return this.renderForm('forceNewPassword', {
      heading: 'Change Password',
      fields: [
        ...newPasswordFields('New Password'),
        ...flow.requiredAttributes.map((name) => attributeField(name)),
      ],
      submit: 'Change Password',
      busy: 'Changing…',
      actions: this.renderAction('Back to Sign In', () => flow.toSignIn()),
    });
  }
}
