import { ContextProvider } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { ServiceOverrides } from '../../core/services.js';
import type {
  AuthFlowApi,
  FlowOptions,
  InitialStep,
  LoginMechanism,
  SignUpAttribute,
  SocialProvider,
} from '../../core/types.js';
import { resolveLocale, translate } from '../../i18n/index.js';
import { AuthElement } from '../shared/auth-element.js';
import { authContext } from '../shared/context.js';
import type { FormFields } from '../shared/fields.js';
import { FlowController } from '../shared/flow-controller.js';
import { KitController } from '../shared/kit-controller.js';
import { STEP_TAGS } from '../shared/steps.js';
import { authenticatorStyles } from './authenticator.styles.js';

/** `"username email"` or `"username,email"` → `['username', 'email']`; absent → undefined. */
const list = {
  fromAttribute: (value: string | null) => value?.split(/[\s,]+/).filter(Boolean),
  toAttribute: (value: string[] | undefined) => value?.join(' '),
};

/**
 * @summary The whole Cognito sign-in experience: hosts a flow, shows the element for the current
 * step, and shows its own children (the app) once the user is signed in.
 *
 * @slot - The app, shown only once the user is signed in.
 * @slot header - Above the card on every step but the signed-in one.
 * @slot footer - Below the card on every step but the signed-in one.
 * @slot signIn-header - Inside the card above a step's form; one per step: `signUp-header`, `confirmSignUp-header`, `confirmSignIn-header`, `selectMfaType-header`, `setupTotp-header`, `forceNewPassword-header`, `forgotPassword-header`, `confirmResetPassword-header`, `verifyUser-header`, `confirmVerifyUser-header`.
 * @slot signIn-footer - Inside the card below a step's form; one per step, named like the headers (`<step>-footer`).
 * @slot step - Managed by the authenticator: the current step's element is placed here, in light DOM.
 *
 * @event {CustomEvent<AuthStepChangeDetail>} auth-step-change - The step changed: `{ step, previousStep }`.
 * @event {CustomEvent<AuthSignedInDetail>} auth-signed-in - The user is signed in: `{ username, attributes }`.
 * @event {CustomEvent<AuthSignedUpDetail>} auth-signed-up - An account was created: `{ username, userConfirmed, codeDelivery }`.
 * @event {CustomEvent<AuthSignedOutDetail>} auth-signed-out - The user signed out: `{}`.
 * @event {CustomEvent<AuthErrorDetail>} auth-error - A call failed: `{ step, code, message }` (message translated).
 *
 * @csspart container - Everything shown before sign-in: header, card, footer (the overlay in `modal`).
 * @csspart router - The card that holds the current step.
 *
 * @cssproperty --auth-color-primary - Buttons, links, the selected tab.
 * @cssproperty --auth-color-on-primary - Text on primary buttons.
 * @cssproperty --auth-color-text - Body text.
 * @cssproperty --auth-color-text-muted - Hints and secondary text.
 * @cssproperty --auth-color-surface - The card.
 * @cssproperty --auth-color-background - Quiet backgrounds (the TOTP secret).
 * @cssproperty --auth-color-border - Borders of the card and inputs.
 * @cssproperty --auth-color-input - Input backgrounds.
 * @cssproperty --auth-color-error - Error text.
 * @cssproperty --auth-color-error-surface - Behind the form's error message.
 * @cssproperty --auth-color-success - Notice text.
 * @cssproperty --auth-color-success-surface - Behind notices.
 * @cssproperty --auth-color-focus - Focus rings.
 * @cssproperty --auth-color-backdrop - The `modal` overlay.
 * @cssproperty --auth-font-family - Font of every element.
 * @cssproperty --auth-font-size - Base font size.
 * @cssproperty --auth-radius - Card corners.
 * @cssproperty --auth-radius-control - Input and button corners.
 * @cssproperty --auth-space - Base spacing.
 * @cssproperty --auth-control-height - Height of inputs and buttons (44px touch targets).
 * @cssproperty --auth-card-width - The card's maximum width.
 * @cssproperty --auth-shadow - The card's shadow.
 * @cssproperty --auth-modal-z-index - Stacking of the `modal` overlay.
 */
export class AuthAuthenticator extends LitElement {
  static override styles = authenticatorStyles;

  /** The first step shown to a signed-out user. */
  @property({ attribute: 'initial-step' }) initialStep?: InitialStep;
  /** What users sign in with, space-separated: `username`, `email`, `phone_number` (first is primary). */
  @property({ attribute: 'login-mechanisms', converter: list }) loginMechanisms?: LoginMechanism[];
  /** Attributes asked for on sign up, space-separated (`custom:*` allowed). */
  @property({ attribute: 'sign-up-attributes', converter: list }) signUpAttributes?: SignUpAttribute[];
  /** Social sign-in buttons, space-separated: `amazon`, `apple`, `facebook`, `google`. */
  @property({ attribute: 'social-providers', converter: list }) socialProviders?: SocialProvider[];
  /** Hides the Create Account tab. */
  @property({ attribute: 'hide-sign-up', type: Boolean }) hideSignUp = false;
  /** `modal` overlays the page until the user is signed in. */
  @property({ reflect: true }) variation: 'default' | 'modal' = 'default';
  /** Language of every step element inside. */
  @property({ reflect: true }) override lang!: string;
  /** Forces `light` or `dark` tokens instead of following the system. */
  @property({ attribute: 'color-scheme', reflect: true }) colorScheme?: 'light' | 'dark';
  /** Field customisation per step and field: label, placeholder, order, required, ... */
  @property({ attribute: false }) formFields?: FormFields;
  /** Wraps or replaces `Auth` calls of the authenticator's own flow: `{ signIn: (input, next) => ... }`. */
  @property({ attribute: false }) services?: ServiceOverrides;
  /**
   * A flow the app created. Without one the authenticator creates its own with Amplify `Auth`,
   * reading the attributes above once, when it connects.
   */
  @property({ attribute: false }) flow?: AuthFlowApi;

  private readonly provider = new ContextProvider(this, { context: authContext, initialValue: undefined });
  private readonly controller = new FlowController(this, {
    consume: false,
    ownOptions: () => this.flowOptions(),
    services: () => this.services,
    onFlow: () => this.provide(),
  });
  private stepElement: HTMLElement | undefined;
  // Registers itself with the host; kept as a field so it lives as long as the element.
  protected readonly kit = new KitController(this);

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stepElement?.remove();
    this.stepElement = undefined;
  }

  /** Options for the authenticator's own flow: only the attributes that are set. */
  private flowOptions(): Partial<FlowOptions> {
    const options: Partial<FlowOptions> = {};
    if (this.initialStep) options.initialStep = this.initialStep;
    if (this.loginMechanisms?.length) options.loginMechanisms = this.loginMechanisms;
    if (this.signUpAttributes) options.signUpAttributes = this.signUpAttributes;
    if (this.socialProviders) options.socialProviders = this.socialProviders;
    if (this.hideSignUp) options.hideSignUp = true;
    return options;
  }

  private provide(): void {
    this.provider.setValue({ flow: this.controller.flow, formFields: this.formFields });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('flow')) this.controller.resolve();
    if (changed.has('formFields')) this.provide();
  }

  protected override render(): unknown {
    const step = this.controller.flow?.step;
    const showCard = !!step && !!STEP_TAGS[step];
    const modal = this.variation === 'modal';
    return html`<div part="container" class="container" ?hidden=${!showCard} role=${modal ? 'dialog' : nothing}
        aria-modal=${modal ? 'true' : nothing}
        aria-label=${modal ? translate('Sign In', undefined, resolveLocale(this)) : nothing}>
        <slot name="header"></slot>
        <div part="router" class="router">
          <slot name=${`${step}-header`}></slot>
          <slot name="step"></slot>
          <slot name=${`${step}-footer`}></slot>
        </div>
        <slot name="footer"></slot>
      </div>
      ${step === 'authenticated' ? html`<slot></slot>` : nothing}`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.syncStepElement();
    if (changed.has('lang')) {
      for (const element of this.querySelectorAll('*')) if (element instanceof AuthElement) element.requestUpdate();
    }
  }

  /** Keeps one light-DOM child, the current step's element, in the `step` slot. */
  private syncStepElement(): void {
    const step = this.controller.flow?.step;
    const tag = step && STEP_TAGS[step];
    if (this.stepElement?.localName === tag) return;
    this.stepElement?.remove();
    this.stepElement = undefined;
    if (!tag) return;
    const element = document.createElement(tag);
    element.slot = 'step';
    this.stepElement = element;
    this.append(element);
  }
}
