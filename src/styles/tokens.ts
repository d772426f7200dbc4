/**
 * Design tokens: CSS custom properties `--auth-*` with light and dark values. Set any of them on
 * `:root`, on `auth-authenticator` or on a step element to theme the kit.
 *
 * Derived tokens (`--auth-focus-ring`, `--auth-button-radius`, ...) are not declared here: the
 * styles read them with a fallback built from the base tokens at the element, so setting a base
 * token (or switching `color-scheme`) on an element also changes what derives from it.
 */

const light = `
--auth-color-primary:#0a5fb4;--auth-color-primary-hover:#084c90;--auth-color-on-primary:#fff;
--auth-color-text:#17202b;--auth-color-text-muted:#56606d;--auth-color-surface:#fff;
--auth-color-background:#f3f5f8;--auth-color-border:#c3ccd7;--auth-color-border-strong:#7d8896;--auth-color-input:#fff;
--auth-color-error:#b3261e;--auth-color-error-surface:#fdeceb;
--auth-color-success:#17663a;--auth-color-success-surface:#e7f5ec;
--auth-color-focus:#0a5fb4;--auth-color-backdrop:rgb(15 23 42/.55);
--auth-shadow:0 1px 2px rgb(15 23 42/.06),0 12px 32px rgb(15 23 42/.1);`;

const dark = `
--auth-color-primary:#7cb8f7;--auth-color-primary-hover:#a3cdfa;--auth-color-on-primary:#08182b;
--auth-color-text:#e8edf3;--auth-color-text-muted:#a6b0bd;--auth-color-surface:#1a2129;
--auth-color-background:#0e1318;--auth-color-border:#465260;--auth-color-border-strong:#8593a3;--auth-color-input:#10161c;
--auth-color-error:#ffb4ab;--auth-color-error-surface:#3d1714;
--auth-color-success:#8fdcaa;--auth-color-success-surface:#12301f;
--auth-color-focus:#7cb8f7;--auth-color-backdrop:rgb(0 0 0/.65);
--auth-shadow:0 1px 2px rgb(0 0 0/.3),0 12px 32px rgb(0 0 0/.4);`;

const shape = `
--auth-font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
--auth-font-size:1rem;--auth-font-size-small:.875rem;--auth-font-size-heading:1.375rem;--auth-line-height:1.5;
--auth-radius:.75rem;--auth-radius-control:.5rem;--auth-border-width:1px;
--auth-space:1rem;--auth-control-height:2.75rem;--auth-card-width:28rem;--auth-transition-duration:.15s;`;

/** Hosts that may carry a `color-scheme` attribute to force light or dark. */
const schemeHosts = ':is(auth-authenticator,auth-sign-in,auth-sign-up,auth-mfa,auth-forgot-password,auth-force-new-password,auth-verify-user,auth-sign-out)';

export const tokenStyles = `
:root,:host{${shape}${light}}
@media (prefers-color-scheme:dark){:root,:host{${dark}}}
@media (prefers-reduced-motion:reduce){:root,:host{--auth-transition-duration:0s}}
${schemeHosts}[color-scheme=light]{${light}color-scheme:light}
${schemeHosts}[color-scheme=dark]{${dark}color-scheme:dark}`;
