import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
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
import { authContext, ContextProvider } from '../shared/context.js';
import type { FormFields } from '../shared/fields.js';
import { FlowController } from '../shared/flow-controller.js';
import { addKitController } from '../shared/kit-controller.js';
import { STEP_TAGS } from '../shared/steps.js';
import { authenticatorStyles } from './authenticator.styles.js';

/** `services` of the authenticator: wrappers of `Auth` calls, and the app's sign-up validation. */
export type AuthenticatorServices = ServiceOverrides & Pick<FlowOptions, 'validateCustomSignUp'>;

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
 * @slot sign-up-fields - App fields for the sign-up form (a terms checkbox, a `custom:company` input). While the sign-up step shows they are moved into its `<form>` (see `<auth-sign-up>`), so their values are submitted, validated by `services.validateCustomSignUp`, and `custom:*` values sent as attributes.
 * @slot step - Managed by the authenticator: the current step's element is placed here, in light DOM.
 *
 * @event {CustomEvent<AuthStepChangeDetail>} auth-step-change - The step changed: `{ step, previousStep }`.
 * @event {CustomEvent<AuthSignedInDetail>} auth-signed-in - The user is signed in: `{ username, attributes }`.
 * @event {CustomEvent<AuthSignedUpDetail>} auth-signed-up - An account was created: `{ username, userConfirmed, codeDelivery }`.
 * @event {CustomEvent<AuthSignedOutDetail>} auth-signed-out - The user signed out: `{}`.
 * @event {CustomEvent<AuthErrorDetail>} auth-error - A call failed: `{ step, code, message }` (message translated).
 *
 * @csspart container - Everything shown before sign-in: header, card, footer (the overlay in `modal`).
 * @csspart router - The card that holds the current step (below 30rem: no border, shadow or side margins).
 *
 * @cssproperty --auth-color-primary - Primary buttons, links, the selected tab. Light `#0a5fb4`, dark `#7cb8f7`.
 * @cssproperty --auth-color-primary-hover - Primary buttons under the pointer. Light `#084c90`, dark `#a3cdfa`.
 * @cssproperty --auth-color-on-primary - Text on primary buttons. Light `#fff`, dark `#08182b`.
 * @cssproperty --auth-color-text - Body text and headings. Light `#17202b`, dark `#e8edf3`.
 * @cssproperty --auth-color-text-muted - Hints, the divider, unselected tabs. Light `#56606d`, dark `#a6b0bd`.
 * @cssproperty --auth-color-surface - The card and secondary buttons. Light `#fff`, dark `#1a2129`.
 * @cssproperty --auth-color-background - Quiet backgrounds (the TOTP setup key). Light `#f3f5f8`, dark `#0e1318`.
 * @cssproperty --auth-color-border - The card, tabs and divider lines. Light `#c3ccd7`, dark `#465260`.
 * @cssproperty --auth-color-border-strong - Borders of inputs, buttons and choices (3:1 against the surface). Light `#7d8896`, dark `#8593a3`.
 * @cssproperty --auth-color-input - Input backgrounds. Light `#fff`, dark `#10161c`.
 * @cssproperty --auth-color-error - Error text and invalid borders. Light `#b3261e`, dark `#ffb4ab`.
 * @cssproperty --auth-color-error-surface - Behind the form's error message. Light `#fdeceb`, dark `#3d1714`.
 * @cssproperty --auth-color-success - Notice text. Light `#17663a`, dark `#8fdcaa`.
 * @cssproperty --auth-color-success-surface - Behind notices. Light `#e7f5ec`, dark `#12301f`.
 * @cssproperty --auth-color-focus - Focus rings. Light `#0a5fb4`, dark `#7cb8f7`.
 * @cssproperty --auth-color-backdrop - Behind the `modal` card. Light `rgb(15 23 42/.55)`, dark `rgb(0 0 0/.65)`.
 * @cssproperty --auth-shadow - The card's shadow (light and dark values).
 * @cssproperty --auth-font-family - Font of every element. Default: the system UI font.
 * @cssproperty --auth-font-size - Base font size. Default `1rem`.
 * @cssproperty --auth-font-size-small - Hints and field errors. Default `.875rem`.
 * @cssproperty --auth-font-size-heading - Step headings. Default `1.375rem`.
 * @cssproperty --auth-font-weight-heading - Step headings. Default `650`.
 * @cssproperty --auth-line-height - Body line height. Default `1.5`.
 * @cssproperty --auth-radius - Card corners. Default `.75rem`.
 * @cssproperty --auth-radius-control - Input, choice and button corners. Default `.5rem`.
 * @cssproperty --auth-border-width - Card, input, button and divider borders. Default `1px`.
 * @cssproperty --auth-space - Base spacing: gaps between fields, the card's padding (×1.5). Default `1rem`.
 * @cssproperty --auth-card-padding - The card's padding. Default `calc(var(--auth-space) * 1.5)`, `var(--auth-space)` below 30rem.
 * @cssproperty --auth-card-width - The card's maximum width. Default `28rem`.
 * @cssproperty --auth-control-height - Minimum height of inputs and buttons (44 px touch targets). Default `2.75rem`.
 * @cssproperty --auth-button-radius - Button corners. Default `var(--auth-radius-control)`.
 * @cssproperty --auth-button-font-weight - Button text weight. Default `600`.
 * @cssproperty --auth-button-text-transform - Button text case (`uppercase`...). Default `none`.
 * @cssproperty --auth-button-padding-inline - Button side padding. Default `1rem`.
 * @cssproperty --auth-button-shadow - Button shadow. Default `none`.
 * @cssproperty --auth-focus-ring - The focus outline. Default `3px solid var(--auth-color-focus)`.
 * @cssproperty --auth-transition-duration - Colour transitions of controls; `0s` when the user prefers reduced motion. Default `.15s`.
 * @cssproperty --auth-modal-z-index - Stacking of the `modal` overlay. Default `1000`.
 */
export class AuthAuthenticator extends LitElement {
  static override styles = authenticatorStyles;
  // Not decorators: each `@property` costs a helper call in the CDN bundle.
  static override properties: PropertyDeclarations = {
    initialStep: { attribute: 'initial-step' },
    loginMechanisms: { attribute: 'login-mechanisms', converter: list },
    signUpAttributes: { attribute: 'sign-up-attributes', converter: list },
    socialProviders: { attribute: 'social-providers', converter: list },
    totpIssuer: { attribute: 'totp-issuer' },
    hideSignUp: { attribute: 'hide-sign-up', type: Boolean },
    variation: { reflect: true },
    lang: { reflect: true },
    colorScheme: { attribute: 'color-scheme', reflect: true },
    formFields: { attribute: false },
    services: { attribute: false },
    flow: { attribute: false },
  };

  /** The first step shown to a signed-out user. */
  initialStep?: InitialStep;
  /** What users sign in with, space-separated: `username`, `email`, `phone_number` (first is primary). */
  loginMechanisms?: LoginMechanism[];
  /** Attributes asked for on sign up, space-separated (`custom:*` allowed). */
  signUpAttributes?: SignUpAttribute[];
  /** Social sign-in buttons, space-separated: `amazon`, `apple`, `facebook`, `google`. */
  socialProviders?: SocialProvider[];
  /** The issuer authenticator apps show for TOTP setup (`formFields.setupTotp.QR.totpIssuer` wins). */
  totpIssuer?: string;
  /** Hides the Create Account tab. */
  hideSignUp = false;
  /** `modal` overlays the page until the user is signed in. */
  variation: 'default' | 'modal' = 'default';
  /** Language of every step element inside. */
  override lang!: string;
  /** Forces `light` or `dark` tokens instead of following the system. */
  colorScheme?: 'light' | 'dark';
  /** Field customisation per step and field: label, placeholder, order, required, ... */
  formFields?: FormFields;
  /**
   * Wraps or replaces `Auth` calls of the authenticator's own flow (`{ signIn: (input, next) => ... }`),
   * and `validateCustomSignUp(values)`: the app's own sign-up checks, answering field name →
   * `{ key }` message (or nothing when valid).
   */
  services?: AuthenticatorServices;
  /**
   * A flow the app created. Without one the authenticator creates its own with Amplify `Auth`,
   * reading the attributes above once, when it connects.
   */
  flow?: AuthFlowApi;

  readonly #provider = new ContextProvider(this, { context: authContext, initialValue: undefined });
  private readonly controller = new FlowController(this, {
    consume: false,
    ownOptions: () => this.#flowOptions(),
    services: () => this.services,
    onFlow: () => this.#provide(),
  });
  #stepElement: HTMLElement | undefined;

  constructor() {
    super();
    addKitController(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stepElement?.remove();
    this.#stepElement = undefined;
  }

  /** Options for the authenticator's own flow: an attribute that is not set stays `undefined`. */
  #flowOptions(): Partial<FlowOptions> {
    const { initialStep, loginMechanisms, signUpAttributes, socialProviders, hideSignUp, totpIssuer, services } = this;
    return {
      initialStep: initialStep || undefined,
      loginMechanisms: loginMechanisms?.length ? loginMechanisms : undefined,
      signUpAttributes,
      socialProviders,
      hideSignUp: hideSignUp || undefined,
      totpIssuer: totpIssuer || undefined,
      // Read at each sign-up, so a validator set after connecting still applies.
      validateCustomSignUp: services?.validateCustomSignUp && ((values) => this.services?.validateCustomSignUp?.(values)),
    };
  }

  #provide(): void {
    this.#provider.setValue({ flow: this.controller.flow, formFields: this.formFields });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('flow')) this.controller.resolve();
    if (changed.has('formFields')) this.#provide();
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
    this.#syncStepElement();
    if (changed.has('lang')) {
      for (const element of this.querySelectorAll('*')) if (element instanceof AuthElement) element.requestUpdate();
    }
  }

  /** Keeps one light-DOM child, the current step's element, in the `step` slot. */
  #syncStepElement(): void {
    const step = this.controller.flow?.step;
    const tag = step && STEP_TAGS[step];
    if (this.#stepElement?.localName === tag) return;
    this.#stepElement?.remove();
    this.#stepElement = undefined;
    if (!tag) return;
    const element = document.createElement(tag);
    element.slot = 'step';
    this.#stepElement = element;
    this.append(element);
  }
}
