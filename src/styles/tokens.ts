import { css } from 'lit';

/**
 * Design tokens: CSS custom properties `--auth-*`. Set any of them on `:root`, on a wrapper, on
 * `auth-authenticator` or on a step element to theme the kit.
 *
 * Colours are `light-dark(light, dark)` pairs declared once, on the root: each resolves where it
 * is used, by that element's `color-scheme` (the system's choice, or the `color-scheme` attribute
 * of the kit element), so an app's own `--auth-*` values win wherever it sets them.
 *
 * Derived tokens (`--auth-focus-ring`, `--auth-button-radius`, ...) are not declared here: the
 * styles read them with a fallback built from the base tokens at the element, so setting a base
 * token on an element also changes what derives from it.
 *
 * The font is the platform's UI font: every browser with `light-dark()` has `system-ui` (it is
 * Segoe UI, San Francisco, Roboto..., with the platform's CJK and emoji fallbacks), so the old
 * named stack behind it was never reached.
 *
 * A css-tagged template without interpolations, so the CDN build minifies it (rollup.config.mjs).
 */
export const tokenStyles = css`
:root,:host{
--auth-font-family:system-ui,sans-serif;
--auth-font-size:1rem;--auth-font-size-small:.875rem;--auth-font-size-heading:1.375rem;--auth-line-height:1.5;
--auth-radius:.75rem;--auth-radius-control:.5rem;--auth-border-width:1px;
--auth-space:1rem;--auth-control-height:2.75rem;--auth-card-width:28rem;--auth-transition-duration:.15s;
--auth-color-primary:light-dark(#0a5fb4,#7cb8f7);--auth-color-primary-hover:light-dark(#084c90,#a3cdfa);--auth-color-on-primary:light-dark(#fff,#08182b);
--auth-color-text:light-dark(#17202b,#e8edf3);--auth-color-text-muted:light-dark(#56606d,#a6b0bd);--auth-color-surface:light-dark(#fff,#1a2129);
--auth-color-background:light-dark(#f3f5f8,#0e1318);--auth-color-border:light-dark(#c3ccd7,#465260);--auth-color-border-strong:light-dark(#7d8896,#8593a3);
--auth-color-input:light-dark(#fff,#10161c);--auth-color-error:light-dark(#b3261e,#ffb4ab);--auth-color-error-surface:light-dark(#fdeceb,#3d1714);
--auth-color-success:light-dark(#17663a,#8fdcaa);--auth-color-success-surface:light-dark(#e7f5ec,#12301f);
--auth-color-focus:light-dark(#0a5fb4,#7cb8f7);--auth-color-backdrop:light-dark(rgb(15 23 42/.55),rgb(0 0 0/.65));
--auth-shadow:0 1px 2px light-dark(rgb(15 23 42/.06),rgb(0 0 0/.3)),0 12px 32px light-dark(rgb(15 23 42/.1),rgb(0 0 0/.4))}
@media (prefers-reduced-motion:reduce){:root,:host{--auth-transition-duration:0s}}
`.cssText;
