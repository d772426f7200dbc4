import { html, type TemplateResult } from 'lit';
import type { SocialProvider } from '../../core/types.js';

/**
 * The providers' marks for the social sign-in buttons. Loaded on demand (most pages offer no
 * social sign-in). Decorative: the button's text names the provider. Logos are never mirrored
 * right to left.
 */
export const BRAND_MARKS: Record<SocialProvider, TemplateResult> = {
  amazon: html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="none" stroke="#f90"
    stroke-width="2" stroke-linecap="round" d="M3 14.5c5 3.6 12.4 3.8 17.6.4m-3.1-1.6 3.3.8-.8 3.3"/><path
    fill="currentColor" d="M12.7 4.5c-2.3 0-4.2 1-4.6 3.4l2.4.3c.2-1 1-1.5 1.9-1.5 1.2 0 1.6.7 1.6 1.9v.6c-2.7 0-6.6.5-6.6 3.6 0 2 1.3 3 3 3 1.5 0 2.5-.4 3.6-1.6.4.6.6.9 1.2 1.4l1.8-1.6c-.5-.5-1-1.1-1-2V8.3c0-1.8-.9-3.8-3.3-3.8zm1.3 6.8c0 2-1 3-2.1 3-.8 0-1.2-.6-1.2-1.4 0-1.8 1.6-2 3.3-2z"/></svg>`,
  apple: html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor"
    d="M16.4 12.6c0-2 1.7-3 1.8-3.1-1-1.4-2.5-1.6-3-1.6-1.3-.1-2.5.8-3.1.8-.7 0-1.7-.8-2.7-.7-1.4 0-2.7.8-3.4 2.1-1.5 2.5-.4 6.3 1 8.4.7 1 1.5 2.1 2.6 2.1 1 0 1.4-.7 2.7-.7 1.2 0 1.6.7 2.7.7 1.1 0 1.8-1 2.5-2 .8-1.1 1.1-2.2 1.1-2.3 0 0-2.2-.8-2.2-3.3zM14.3 6.5c.6-.7 1-1.6.9-2.6-.8 0-1.9.6-2.5 1.3-.5.6-1 1.6-.9 2.5.9.1 1.9-.5 2.5-1.2z"/></svg>`,
  facebook: html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="11"
    fill="#1877f2"/><path fill="#fff" d="M13.4 23v-8.2h2.7l.4-3.2h-3.1V9.6c0-.9.3-1.6 1.6-1.6h1.7V5.2a22 22 0 0 0-2.5-.1c-2.4 0-4.1 1.5-4.1 4.2v2.3H7.4v3.2h2.7V23z"/></svg>`,
  google: html`<svg viewBox="0 0 48 48" aria-hidden="true" focusable="false"><path fill="#ea4335"
    d="M24 9.5c3.5 0 6.7 1.2 9.2 3.6l6.9-6.9C35.9 2.4 30.5 0 24 0 14.6 0 6.5 5.4 2.6 13.2l8 6.2C12.4 13.7 17.7 9.5 24 9.5z"/><path
    fill="#4285f4" d="M47 24.6c0-1.6-.2-3.1-.4-4.6H24v9h12.9c-.6 3-2.3 5.5-4.8 7.2l7.7 6c4.5-4.2 7.2-10.4 7.2-17.6z"/><path
    fill="#fbbc05" d="M10.5 28.6c-.5-1.5-.8-3-.8-4.6s.3-3.1.8-4.6l-8-6.2A24 24 0 0 0 0 24c0 3.9.9 7.5 2.6 10.8z"/><path
    fill="#34a853" d="M24 48c6.5 0 11.9-2.1 15.9-5.8l-7.7-6c-2.2 1.5-4.9 2.3-8.2 2.3-6.3 0-11.6-4.2-13.5-9.9l-8 6.2C6.5 42.6 14.6 48 24 48z"/></svg>`,
};
