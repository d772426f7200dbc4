import { html, nothing } from 'lit';
import type { AuthFlowApi, Step } from '../../core/types.js';
import { AuthStepElement } from '../shared/auth-element.js';
import { labelOf, loginField, passwordField } from '../shared/fields.js';

/** The providers' marks, once loaded (with the first social button). */
let marks: typeof import('./brand-marks.js') | undefined;

/** `google` → the key "Sign In with Google". */

/**
 * @summary The sign-in form: login field, password, social providers, the Sign In / Create
 * Account tabs and "Forgot your password?". Renders in light DOM so password managers fill it.
 *
 * Social buttons (`socialProviders` of the flow: `amazon`, `apple`, `facebook`, `google`) show the
 * provider's mark and call the flow's `federatedSignIn(provider)`, which Amplify turns into a
 * redirect to the Cognito Hosted UI (`Auth.federatedSignIn({ provider: 'Google' })`, ...).
 *
 * @event {CustomEvent<AuthStepChangeDetail>} auth-step-change - Only when the element hosts its own flow (alone on a page).
 * @event {CustomEvent<AuthSignedInDetail>} auth-signed-in - Only when the element hosts its own flow.
 * @event {CustomEvent<AuthErrorDetail>} auth-error - Only when the element hosts its own flow.
 *
 * @cssproperty --auth-color-primary - Buttons, links, the selected tab.
 */
export class AuthSignIn extends AuthStepElement {
  protected readonly steps: readonly Step[] = ['signIn'];

  protected override ownFlowOptions() {
    return { initialStep: 'signIn' as const };
  }

  protected renderStep(_step: Step, flow: AuthFlowApi): unknown {
    const providers = flow.options.socialProviders;
    if (providers.length && !marks) {
      void import('./brand-marks.js').then((module) => {
        marks = module;
        this.requestUpdate();
      });
    }
    const social = providers.length
      ? html`<div class="auth-social">
            ${providers.map(
              (provider) => html`<button type="button" class="auth-button" ?disabled=${flow.pending}
                data-provider=${provider} @click=${() => this.act(provider, () => flow.federatedSignIn(provider))}
                >${marks?.BRAND_MARKS[provider]}${this.t(`Sign In with ${labelOf(provider)}`)}</button>`,
            )}
          </div>
          <p class="auth-divider">${this.t('or')}</p>`
      : nothing;
    return this.renderTabs(
      'signIn',
      this.renderForm('signIn', {
        heading: 'Sign in to your account',
        intro: social,
        fields: [
          loginField(flow.options.loginMechanisms[0]),
          passwordField('password', 'Password', 'current-password'),
        ],
        submit: 'Sign in',
        busy: 'Signing in…',
        actions: this.renderAction('Forgot your password?', () => flow.toForgotPassword()),
      }),
    );
  }
}
