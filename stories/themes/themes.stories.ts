/**
 * Three brand themes, each only `--auth-*` tokens and plain CSS (see themes.ts), on the whole
 * authenticator: sign in, a failed sign-up with field errors, and the dark scheme. The high-contrast
 * theme is checked against WCAG AAA contrast (axe `color-contrast-enhanced`).
 */
import type { Meta, StoryContext } from '@storybook/web-components-vite';
import { html, unsafeCSS } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../../src/index.js';
import type { FlowOptions } from '../../src/core/types.js';
import { scenario, type ScenarioStep } from '../support/scenarios.js';
import { dark, expectHeading, loaded, narrow, type Story } from '../support/stories.js';
import { themeClass, themes, type ThemeName } from './themes.js';

const meta: Meta = {
  title: 'Theming/Brand themes',
  component: 'auth-authenticator',
  parameters: { docs: { description: { component: 'Each theme is tokens and plain CSS only: see `stories/themes/themes.ts`.' } } },
};
export default meta;

/** The authenticator on `step`, inside a wrapper carrying the theme's class and style sheet. */
function themed(name: ThemeName, step: ScenarioStep = 'signIn', options: Partial<FlowOptions> = {}): Story {
  return {
    loaders: [() => scenario(step, options)],
    render: (_args, context: StoryContext) => {
      context.abortSignal?.addEventListener('abort', () => loaded(context).flow.dispose());
      return html`<style>${unsafeCSS(themes[name])}</style>
        <div class=${themeClass[name]}>
          <auth-authenticator .flow=${loaded(context).flow} social-providers="google"></auth-authenticator>
        </div>`;
    },
  };
}

/** Submits sign-up empty, so every field shows its error. */
async function failSignUp({ canvasElement }: StoryContext) {
  await expectHeading(canvasElement, 'Create a new account');
  canvasElement.querySelector<HTMLFormElement>('auth-sign-up form')!.requestSubmit();
  await waitFor(() => expect(canvasElement.querySelectorAll('[aria-invalid="true"]').length).toBeGreaterThan(1));
}

const tokenOf = (root: HTMLElement, name: string) =>
  getComputedStyle(root.querySelector('auth-sign-in, auth-sign-up')!).getPropertyValue(name).trim();

export const Dense: Story = {
  ...themed('dense'),
  play: async ({ canvasElement }) => {
    await expectHeading(canvasElement, 'Sign in to your account');
    await expect(tokenOf(canvasElement, '--auth-control-height')).toBe('2.25rem');
  },
};
export const DenseSignUpErrors: Story = { ...themed('dense', 'signUp', { signUpAttributes: ['email'] }), play: failSignUp };
export const DenseDark: Story = dark(Dense);

export const Playful: Story = {
  ...themed('playful'),
  play: async ({ canvasElement }) => {
    await expectHeading(canvasElement, 'Sign in to your account');
    const submit = canvasElement.querySelector('button[type="submit"]')!;
    await expect(getComputedStyle(submit).borderTopLeftRadius).toBe('999px');
  },
};
export const PlayfulSignUpErrors: Story = { ...themed('playful', 'signUp', { signUpAttributes: ['email'] }), play: failSignUp };
export const PlayfulDark: Story = dark(Playful);
export const PlayfulNarrow: Story = narrow(Playful);

/** axe's AAA contrast rule (7:1 for body text) on top of the usual checks. */
const aaa = { a11y: { options: { rules: { 'color-contrast-enhanced': { enabled: true } } } } };

export const HighContrast: Story = {
  ...themed('highContrast'),
  parameters: aaa,
  play: async ({ canvasElement }) => {
    await expectHeading(canvasElement, 'Sign in to your account');
    await expect(tokenOf(canvasElement, '--auth-border-width')).toBe('2px');
    // Forced-colors (Windows contrast themes) rules ship with the theme.
    const css = canvasElement.querySelector('style')!.textContent!;
    await expect(css).toContain('@media (forced-colors: active)');
  },
};
export const HighContrastSignUpErrors: Story = {
  ...themed('highContrast', 'signUp', { signUpAttributes: ['email'] }),
  parameters: aaa,
  play: failSignUp,
};
export const HighContrastDark: Story = dark(HighContrast);
