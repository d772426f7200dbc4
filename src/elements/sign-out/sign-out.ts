import { html, nothing } from 'lit';
import { AuthElement } from '../shared/auth-element.js';

/**
 * @summary A "Sign Out" button, shown while a user is signed in. Inside `<auth-authenticator>`
 * it signs out of the authenticator's flow.
 *
 * @event {CustomEvent<AuthSignedOutDetail>} auth-signed-out - Only when the element hosts its own flow (alone on a page).
 *
 * @cssproperty --auth-color-border - The button's border.
 */
export class AuthSignOut extends AuthElement {
  protected override render(): unknown {
    const flow = this.view;
    if (!flow || (flow.step !== 'authenticated' && flow.step !== 'signOut')) return nothing;
    const busy = flow.step === 'signOut' || flow.pending;
    return html`<button type="button" class="auth-button" ?disabled=${busy} aria-busy=${busy}
      @click=${() => flow.signOut()}>${this.t(busy ? 'Signing out…' : 'Sign Out')}</button>`;
  }
}
