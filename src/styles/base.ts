import { css } from 'lit';
import { tokenStyles } from './tokens.js';

/**
 * Base styles of the light-DOM forms. Everything sits in `@layer auth`, so any unlayered rule
 * of the app wins without `!important`. Class names here are public API. Hosts follow the
 * system's colour scheme unless they or an enclosing kit element force one (the `color-scheme`
 * attribute sets the CSS property, which the `light-dark()` tokens follow). Transitions run
 * only into hover and focus: a theme or scheme switch applies at once (a fade in progress
 * failed contrast checks). In forced-colors mode the browser's system colours keep borders and
 * focus rings visible; only what backgrounds or opacity conveyed (alerts, disabled buttons, the
 * selected tab) is redrawn, transparent borders (which the browser would paint) stay hidden, and
 * the QR code keeps its black on white.
 *
 * A css-tagged template without interpolations, so the CDN build minifies it (rollup.config.mjs).
 * CSS nesting is safe here: every browser with light-dark() has it.
 */
const rules = css`
:where(auth-sign-in,auth-sign-up,auth-mfa,auth-forgot-password,auth-force-new-password,auth-verify-user,auth-sign-out,auth-authenticator){&:not([color-scheme]):not([color-scheme] *){color-scheme:light dark}&[color-scheme=light]{color-scheme:light}&[color-scheme=dark]{color-scheme:dark}}
:where(auth-sign-in,auth-sign-up,auth-mfa,auth-forgot-password,auth-force-new-password,auth-verify-user),auth-sign-out{display:block;font-family:var(--auth-font-family);font-size:var(--auth-font-size);line-height:var(--auth-line-height);color:var(--auth-color-text)}
:where(auth-sign-in,auth-sign-up,auth-mfa,auth-forgot-password,auth-force-new-password,auth-verify-user):not([slot=step]):not(:empty){box-sizing:border-box;max-inline-size:var(--auth-card-width);margin-inline:auto;padding:var(--auth-card-padding,calc(var(--auth-space)*1.5));background:var(--auth-color-surface);border:var(--auth-border-width) solid var(--auth-color-border);border-radius:var(--auth-radius);box-shadow:var(--auth-shadow);@media (max-width:30rem){padding:var(--auth-card-padding,var(--auth-space))}}
.auth-form{display:grid;gap:var(--auth-space);margin:0}
.auth-heading{margin:0;font-size:var(--auth-font-size-heading);line-height:1.3;font-weight:var(--auth-font-weight-heading,650);color:var(--auth-color-text)}
.auth-heading:focus{outline:none}
.auth-text{margin:0;color:var(--auth-color-text-muted)}
.auth-field{display:grid;gap:calc(var(--auth-space)*.375);min-inline-size:0}
.auth-label{font-weight:550;font-size:.9375rem}
.auth-input-group{display:flex;gap:calc(var(--auth-space)*.5);align-items:stretch}
.auth-input{box-sizing:border-box;inline-size:100%;min-inline-size:0;min-block-size:var(--auth-control-height);padding-block:.5rem;padding-inline:.75rem;font:inherit;color:var(--auth-color-text);background:var(--auth-color-input);border:var(--auth-border-width) solid var(--auth-color-border-strong);border-radius:var(--auth-radius-control)}
select.auth-input{inline-size:auto;flex:none;padding-inline-end:.25rem}
.auth-heading:focus-visible,.auth-input:focus-visible,.auth-button:focus-visible,.auth-tab:focus-visible,.auth-choice input:focus-visible,.auth-dial:has(select:focus-visible){outline:var(--auth-focus-ring,3px solid var(--auth-color-focus));outline-offset:2px}
.auth-heading:focus-visible{outline-offset:4px;border-radius:2px}
.auth-input[aria-invalid=true]{border-color:var(--auth-color-error)}
:where(.auth-button,.auth-input,.auth-tab,.auth-choice,.auth-dial):is(:hover,:focus-visible){transition:background-color var(--auth-transition-duration),border-color var(--auth-transition-duration)}
.auth-hint{margin:0;padding:0;list-style:none;font-size:var(--auth-font-size-small);color:var(--auth-color-text-muted)}
.auth-field-error{margin:0;font-size:var(--auth-font-size-small);color:var(--auth-color-error)}
.auth-error:not(:empty),.auth-notice:not(:empty){padding:.75rem;border-radius:var(--auth-radius-control);font-size:.9375rem}
.auth-error:not(:empty){color:var(--auth-color-error);background:var(--auth-color-error-surface)}
.auth-notice:not(:empty){color:var(--auth-color-success);background:var(--auth-color-success-surface)}
.auth-error:empty,.auth-notice:empty{display:none}
.auth-button{box-sizing:border-box;display:inline-flex;align-items:center;justify-content:center;gap:.5rem;inline-size:100%;min-block-size:var(--auth-control-height);min-inline-size:var(--auth-control-height);padding-block:.5rem;padding-inline:var(--auth-button-padding-inline,1rem);font:inherit;font-weight:var(--auth-button-font-weight,600);text-transform:var(--auth-button-text-transform,none);color:var(--auth-color-text);background:var(--auth-color-surface);border:var(--auth-border-width) solid var(--auth-color-border-strong);border-radius:var(--auth-button-radius,var(--auth-radius-control));box-shadow:var(--auth-button-shadow,none);cursor:pointer}
.auth-button:hover{border-color:var(--auth-color-primary)}
.auth-button--primary{color:var(--auth-color-on-primary);background:var(--auth-color-primary);border-color:var(--auth-color-primary)}
.auth-button--primary:hover{background:var(--auth-color-primary-hover)}
.auth-button--link{inline-size:auto;justify-self:center;background:none;border-color:transparent;box-shadow:none;text-transform:none;color:var(--auth-color-primary);font-weight:500;text-decoration:underline;text-underline-offset:.2em}
.auth-button--link:hover{border-color:transparent;text-decoration-thickness:2px}
.auth-button:disabled{opacity:.65;cursor:not-allowed}
.auth-button[aria-busy=true]{cursor:progress}
.auth-password-toggle{inline-size:auto;flex:none;padding-inline:.625rem}
.auth-password-toggle svg{inline-size:1.25rem;block-size:1.25rem}
.auth-password-toggle:not([aria-pressed=true]) .auth-slash{display:none}
.auth-actions{display:grid;gap:.25rem;justify-items:center}
.auth-tabs{display:grid;grid-template-columns:1fr 1fr;margin-block-end:calc(var(--auth-space)*1.25);border-block-end:var(--auth-border-width) solid var(--auth-color-border)}
.auth-tab{min-block-size:var(--auth-control-height);padding-inline:0;font:inherit;font-weight:600;color:var(--auth-color-text-muted);background:none;border:0;border-block-end:3px solid transparent;margin-block-end:calc(var(--auth-border-width)*-1);cursor:pointer;@media (max-width:30rem){font-size:.9375rem}}
.auth-tab[aria-selected=true]{color:var(--auth-color-primary);border-block-end-color:var(--auth-color-primary)}
.auth-social{display:grid;gap:calc(var(--auth-space)*.5)}
.auth-social svg{inline-size:1.25rem;block-size:1.25rem;flex:none}
.auth-divider{display:flex;align-items:center;gap:.75rem;color:var(--auth-color-text-muted);font-size:var(--auth-font-size-small)}
.auth-divider::before,.auth-divider::after{content:"";flex:1;border-block-start:var(--auth-border-width) solid var(--auth-color-border)}
.auth-fieldset{display:grid;gap:.5rem;margin:0;padding:0;border:0;min-inline-size:0}
.auth-fieldset legend{padding:0;margin-block-end:.25rem}
.auth-choice{display:flex;align-items:center;gap:.75rem;min-block-size:var(--auth-control-height);padding-inline:.75rem;border:var(--auth-border-width) solid var(--auth-color-border-strong);border-radius:var(--auth-radius-control);cursor:pointer}
.auth-choice:has(input:checked){border-color:var(--auth-color-primary)}
.auth-choice input{inline-size:1.125rem;block-size:1.125rem;margin:0;accent-color:var(--auth-color-primary)}
.auth-qr{justify-self:center;inline-size:11rem;block-size:11rem;padding:.5rem;background:#fff;border-radius:var(--auth-radius-control);color:#000}
.auth-secret{display:flex;gap:.5rem;align-items:center}
.auth-secret code{flex:1;min-inline-size:0;overflow-wrap:anywhere;padding:.5rem .75rem;font-size:.9375rem;background:var(--auth-color-background);border-radius:var(--auth-radius-control)}
.auth-secret .auth-button{inline-size:auto}
.auth-visually-hidden{position:absolute;inline-size:1px;block-size:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0}
.auth-dial{position:relative;flex:none;display:flex;align-items:center;gap:.25rem;box-sizing:border-box;min-block-size:var(--auth-control-height);padding-inline:.75rem .5rem;background:var(--auth-color-input);border:var(--auth-border-width) solid var(--auth-color-border-strong);border-radius:var(--auth-radius-control)}
.auth-dial::after{content:"▾"}
.auth-dial select{position:absolute;inset:0;inline-size:100%;opacity:0;cursor:pointer;font:inherit}
.auth-custom-fields{display:grid;gap:var(--auth-space)}
.auth-custom-fields:empty{display:none}
@media (forced-colors:active){
.auth-button:disabled{color:GrayText;border-color:GrayText;opacity:1}
.auth-tab[aria-selected=true]{color:Highlight;border-color:Highlight}
.auth-tab:not([aria-selected=true]),.auth-button--link{border-color:Canvas}
.auth-button--link{color:LinkText}
.auth-error:not(:empty),.auth-notice:not(:empty){border:1px solid}
.auth-qr{forced-color-adjust:none}
}
`.cssText;

export const baseStyles = `@layer auth{${tokenStyles}${rules}}`;

let sheet: CSSStyleSheet | undefined;
const adopted = new WeakSet<Document | ShadowRoot>();

/**
 * Adopts the base styles into a document or shadow root, once per root, before the root's own
 * sheets so the app's styles follow (the layer makes them win either way).
 */
export function adoptBaseStyles(root: Node): void {
  if (!(root instanceof Document || root instanceof ShadowRoot) || adopted.has(root)) return;
  adopted.add(root);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(baseStyles);
  }
  root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
}
