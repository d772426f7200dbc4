import { html } from 'lit';
import type { AuthFlowApi, CodeDelivery, Step } from '../../core/types.js';
import { AuthStepElement } from '../shared/auth-element.js';
import { attributeField, codeField, loginField, newPasswordFields } from '../shared/fields.js';

/** Moves the app's sign-up fields and marks their errors; loaded once an app gives some. */
let customFields: typeof import('./custom-fields.js') | undefined;

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
 * App fields (a terms checkbox, a `custom:company` input) join the sign-up form: give them
 * `slot="sign-up-fields"`, as children of the enclosing `<auth-authenticator>` or of this element.
 * While the sign-up step shows, the element moves those nodes into a container inside its
 * `<form>` that Lit does not render into (so the form's FormData, the browser's autofill and
 * password managers see them), and moves them back when the step changes or the element leaves
 * the page; the nodes themselves (and what the user typed) are kept. Every value goes to the
 * flow's `validateCustomSignUp` (`services.validateCustomSignUp` on the authenticator); `custom:*`
 * values are sent to Cognito as attributes. Messages the validator returns for a field name show
 * under that field, linked by `aria-describedby`. Frameworks may render these nodes but should not
 * unmount them while the sign-up step shows.
 *
 * @slot sign-up-fields - App fields for the sign-up form (see above); also a slot of `<auth-authenticator>`.
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

  /** The app's sign-up fields, each with the element it came from (and goes back to). */
  readonly #customFields = new Map<Element, Element>();

  override connectedCallback(): void {
    // Before the first render: the element's own app fields must not show outside the form.
    this.#collectCustomFields(this);
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const [node, home] of this.#customFields) home.append(node);
    this.#customFields.clear();
  }

  protected override updated(): void {
    super.updated();
    this.#collectCustomFields(this);
    if (this.parentElement?.localName === 'auth-authenticator') this.#collectCustomFields(this.parentElement);
    if (!this.#customFields.size) return;
    if (!customFields) {
      void import('./custom-fields.js').then((module) => {
        customFields = module;
        this.requestUpdate();
      });
      return;
    }
    const box = this.view?.step === 'signUp' ? this.querySelector('.auth-custom-fields') : null;
    customFields.placeCustomFields(this.#customFields, this, box);
    if (box) {
      customFields.showCustomErrors(box, this.view?.fieldErrors ?? {}, (name) => `${this.fieldId(name)}-error`, (message) =>
        this.t(message.key, message.values),
      );
    }
  }

  #collectCustomFields(home: Element): void {
    for (const node of home.querySelectorAll(':scope > [slot=sign-up-fields]')) {
      this.#customFields.set(node, home);
      if (home === this) node.remove();
    }
  }

  protected renderStep(step: Step, flow: AuthFlowApi): unknown {
    return step === 'signUp' ? this.#renderSignUp(flow) : this.#renderConfirm(flow);
  }

  #renderSignUp(flow: AuthFlowApi): unknown {
    const login = flow.options.loginMechanisms[0] ?? 'username';
    const attributes = flow.options.signUpAttributes.filter((name) => name !== login);
    return this.renderTabs(
      'signUp',
      this.renderForm('signUp', {
        heading: 'Create a new account',
        fields: [
          loginField(login, login),
          ...newPasswordFields(),
          ...attributes.map((name) => attributeField(name)),
        ],
        body: html`<div class="auth-custom-fields"></div>`,
        submit: 'Create Account',
        busy: 'Creating Account…',
      }),
    );
  }

  #renderConfirm(flow: AuthFlowApi): unknown {
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
      text: this.deliveryText(copy.text),
      fields: [codeField('Confirmation Code')],
      submit: 'Confirm',
      busy: 'Confirming…',
      actions: html`${this.renderAction('Resend Code', () => flow.resendCode(), 'Sending…')}${back}`,
    });
  }
}
