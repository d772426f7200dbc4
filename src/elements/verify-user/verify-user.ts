import { html } from 'lit';
import type { AuthFlowApi, ContactAttribute, Step } from '../../core/types.js';
import { AuthStepElement } from '../shared/auth-element.js';
import { attributeField, codeField } from '../shared/fields.js';

const HEADING = 'Account recovery requires verified contact information';

/**
 * @summary After sign-in, when no contact is verified: choose the email or phone to verify
 * ("Verify") or "Skip", then enter the code.
 *
 * @event {CustomEvent<AuthStepChangeDetail>} auth-step-change - Only when the element hosts its own flow (alone on a page).
 * @event {CustomEvent<AuthSignedInDetail>} auth-signed-in - Only when the element hosts its own flow.
 * @event {CustomEvent<AuthErrorDetail>} auth-error - Only when the element hosts its own flow.
 *
 * @cssproperty --auth-color-primary - The chosen contact's border.
 */
export class AuthVerifyUser extends AuthStepElement {
  protected readonly steps: readonly Step[] = ['verifyUser', 'confirmVerifyUser'];

  protected renderStep(step: Step, flow: AuthFlowApi): unknown {
    const skip = this.renderAction('Skip', () => flow.skip());
    if (step === 'verifyUser') {
      const contacts = Object.entries(flow.unverifiedContacts) as Array<[ContactAttribute, string]>;
      return this.renderForm('verifyUser', {
        heading: HEADING,
        body: this.renderChoices(
          'attribute',
          'Choose where to receive a verification code.',
          contacts.map(([name, value]) => [name, html`<span>${this.t(attributeField(name).label)}: ${value}</span>`]),
        ),
        submit: 'Verify',
        busy: 'Verifying…',
        actions: skip,
      });
    }
    return this.renderForm('confirmVerifyUser', {
      heading: HEADING,
      fields: [codeField()],
      submit: 'Submit',
      busy: 'Submitting…',
      actions: skip,
    });
  }
}
