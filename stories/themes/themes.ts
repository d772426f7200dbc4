/**
 * Three brand themes made only of `--auth-*` tokens and plain CSS: no change to the kit. Each is
 * scoped to a wrapper class, the way an app scopes its own brand. Copy one as a starting point.
 *
 * Tokens are set on the kit's outermost elements (`kit` below), whose `color-scheme` attribute
 * picks the dark values here; a theme could as well set `light-dark()` pairs on the wrapper.
 */

/** Every element of the kit. */
const kit = ':is(auth-authenticator,auth-sign-in,auth-sign-up,auth-mfa,auth-forgot-password,auth-force-new-password,auth-verify-user,auth-sign-out)';

/**
 * Light tokens for `scope`, and dark ones when the element or the system asks for dark. Only the
 * outermost kit elements get them: the elements inside an authenticator inherit its values.
 */
function theme(scope: string, light: string, dark = '', extra = ''): string {
  const el = `${scope} ${kit}:not(auth-authenticator *)`;
  return `${el} {${light}}\n${
    dark
      ? `${el}[color-scheme=dark] {${dark}}\n@media (prefers-color-scheme: dark) { ${el}:not([color-scheme=light]) {${dark}} }\n`
      : ''
  }${extra}`;
}

/** Dense: a back-office look, compact spacing, square corners, small type. */
export const dense = theme(
  '.theme-dense',
  `
  --auth-font-family: "IBM Plex Sans", "Segoe UI", system-ui, sans-serif;
  --auth-font-size: .875rem;
  --auth-font-size-small: .8125rem;
  --auth-font-size-heading: 1.125rem;
  --auth-font-weight-heading: 600;
  --auth-space: .625rem;
  --auth-card-padding: 1rem;
  --auth-card-width: 22rem;
  --auth-control-height: 2.25rem;
  --auth-radius: .25rem;
  --auth-radius-control: .125rem;
  --auth-button-font-weight: 500;
  --auth-shadow: 0 1px 3px rgb(0 0 0 / .12);`,
  '',
  `.theme-dense .auth-heading { letter-spacing: -.01em; }\n`,
);

/** Rounded and playful: pill buttons, big corners, a chunky shadow, a violet brand. */
export const playful = theme(
  '.theme-playful',
  `
  --auth-font-family: ui-rounded, "Nunito", "Trebuchet MS", system-ui, sans-serif;
  --auth-font-size-heading: 1.625rem;
  --auth-font-weight-heading: 800;
  --auth-radius: 1.75rem;
  --auth-radius-control: 1rem;
  --auth-button-radius: 999px;
  --auth-button-font-weight: 800;
  --auth-button-padding-inline: 1.5rem;
  --auth-card-padding: 2rem;
  --auth-color-primary: #6d28d9;
  --auth-color-primary-hover: #5b21b6;
  --auth-color-on-primary: #fff;
  --auth-color-focus: #db2777;
  --auth-color-surface: #fffbfe;
  --auth-color-border: #f5c2e7;
  --auth-color-border-strong: #9d5c8c;
  --auth-shadow: 0 10px 0 #f5d0fe, 0 20px 40px rgb(109 40 217 / .15);
  --auth-button-shadow: 0 3px 0 rgb(0 0 0 / .15);`,
  `
  --auth-color-primary: #d8b4fe;
  --auth-color-primary-hover: #e9d5ff;
  --auth-color-on-primary: #2e1065;
  --auth-color-focus: #f9a8d4;
  --auth-color-surface: #1e1030;
  --auth-color-border: #4c2a70;
  --auth-color-border-strong: #a98bc9;
  --auth-shadow: 0 10px 0 #3b0764;`,
  `.theme-playful .auth-heading { text-align: center; }\n`,
);

/**
 * High contrast: WCAG AAA contrast (7:1 for text) in light and dark, 2px borders, a thick focus
 * ring; in forced-colors mode (Windows contrast themes) the tokens become system colours.
 */
export const highContrast = theme(
  '.theme-high-contrast',
  `
  --auth-border-width: 2px;
  --auth-focus-ring: 4px solid var(--auth-color-focus);
  --auth-font-weight-heading: 800;
  --auth-color-primary: #002f6c;
  --auth-color-primary-hover: #001a3d;
  --auth-color-on-primary: #fff;
  --auth-color-text: #000;
  --auth-color-text-muted: #262626;
  --auth-color-surface: #fff;
  --auth-color-background: #fff;
  --auth-color-input: #fff;
  --auth-color-border: #000;
  --auth-color-border-strong: #000;
  --auth-color-error: #7a0000;
  --auth-color-error-surface: #fff;
  --auth-color-success: #00401a;
  --auth-color-success-surface: #fff;
  --auth-color-focus: #000;
  --auth-shadow: none;`,
  `
  --auth-color-primary: #ffe14d;
  --auth-color-primary-hover: #fff0a0;
  --auth-color-on-primary: #000;
  --auth-color-text: #fff;
  --auth-color-text-muted: #e6e6e6;
  --auth-color-surface: #000;
  --auth-color-background: #000;
  --auth-color-input: #000;
  --auth-color-border: #fff;
  --auth-color-border-strong: #fff;
  --auth-color-error: #ffb3b3;
  --auth-color-error-surface: #000;
  --auth-color-success: #a6f5bf;
  --auth-color-success-surface: #000;
  --auth-color-focus: #ffe14d;`,
  `.theme-high-contrast .auth-button--link { text-decoration-thickness: 2px; }
.theme-high-contrast .auth-error:not(:empty), .theme-high-contrast .auth-notice:not(:empty) { border: 2px solid currentColor; }
@media (forced-colors: active) {
  .theme-high-contrast ${kit}:not(auth-authenticator *) {
    --auth-color-primary: LinkText;
    --auth-color-on-primary: Canvas;
    --auth-color-text: CanvasText;
    --auth-color-text-muted: CanvasText;
    --auth-color-surface: Canvas;
    --auth-color-input: Field;
    --auth-color-border: CanvasText;
    --auth-color-border-strong: ButtonText;
    --auth-color-focus: Highlight;
  }
  .theme-high-contrast .auth-button--primary { forced-color-adjust: none; background: ButtonText; color: ButtonFace; border-color: ButtonText; }
}
`,
);

export const themes = { dense, playful, highContrast } as const;
export type ThemeName = keyof typeof themes;
export const themeClass: Record<ThemeName, string> = {
  dense: 'theme-dense',
  playful: 'theme-playful',
  highContrast: 'theme-high-contrast',
};
