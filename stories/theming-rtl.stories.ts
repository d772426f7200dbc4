/**
 * Right to left and locale-aware text: Arabic and Hebrew mirror the layout (tabs, the password
 * toggle at the inline end), the masked destination stays left to right inside the sentence,
 * country names in the dial-code list come from Intl.DisplayNames; German shows long words on
 * a narrow phone.
 */
import type { Meta, StoryContext } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/index.js';
import type { FlowOptions } from '../src/core/types.js';
import { loadLocale, translate } from '../src/i18n/index.js';
import { scenario, type ScenarioStep } from './support/scenarios.js';
import { dark, loaded, narrow, type Story } from './support/stories.js';

const meta: Meta = {
  title: 'Theming/Right to left and locales',
  component: 'auth-authenticator',
};
export default meta;

/** The authenticator in `lang`, inside a wrapper with `dir` as a page would set it. */
function localized(lang: string, dir: 'ltr' | 'rtl', step: ScenarioStep = 'signIn', options: Partial<FlowOptions> = {}): Story {
  return {
    loaders: [async () => (await loadLocale(lang), scenario(step, options))],
    render: (_args, context: StoryContext) => {
      context.abortSignal?.addEventListener('abort', () => loaded(context).flow.dispose());
      return html`<div dir=${dir}><auth-authenticator .flow=${loaded(context).flow} lang=${lang}></auth-authenticator></div>`;
    },
  };
}

/** The heading in `lang`, once that language rendered. */
async function expectTranslated(root: HTMLElement, lang: string, key: string) {
  await waitFor(() => expect(root.querySelector('.auth-heading')?.textContent?.trim()).toBe(translate(key, undefined, lang)));
}

export const ArabicSignIn: Story = {
  ...localized('ar', 'rtl', 'signIn', { socialProviders: ['google'] }),
  play: async ({ canvasElement }) => {
    await expectTranslated(canvasElement, 'ar', 'Sign in to your account');
    const password = canvasElement.querySelector<HTMLInputElement>('input[name="password"]')!;
    const toggle = canvasElement.querySelector('.auth-password-toggle')!;
    // Mirrored: the toggle sits at the inline end, which is the left.
    await expect(toggle.getBoundingClientRect().right).toBeLessThanOrEqual(password.getBoundingClientRect().left + 1);
  },
};
export const ArabicSignInDark: Story = dark(ArabicSignIn);

export const ArabicPhoneSignIn: Story = {
  ...localized('ar', 'rtl', 'signIn', { loginMechanisms: ['phone_number'] }),
  play: async ({ canvasElement }) => {
    await expectTranslated(canvasElement, 'ar', 'Sign in to your account');
    const egypt = new Intl.DisplayNames('ar', { type: 'region' }).of('EG')!;
    await waitFor(() => expect(canvasElement.querySelector('select')!.textContent).toContain(egypt));
  },
};

export const HebrewConfirmSignUp: Story = {
  ...localized('he', 'rtl', 'confirmSignUp'),
  play: async ({ canvasElement }) => {
    await expectTranslated(canvasElement, 'he', 'We Emailed You');
    const destination = await waitFor(() => {
      const bdi = canvasElement.querySelector('.auth-text bdi');
      expect(bdi).not.toBeNull();
      return bdi!;
    });
    await expect(destination).toHaveAttribute('dir', 'ltr');
  },
};

export const HebrewSmsCode: Story = {
  ...localized('he', 'rtl', 'confirmSignIn'),
  play: async ({ canvasElement }) => {
    await expectTranslated(canvasElement, 'he', 'Confirm SMS Code');
    await waitFor(() => expect(canvasElement.querySelector('.auth-text bdi')?.textContent).toBe('+*******1234'));
  },
};

export const GermanSignUpNarrow: Story = narrow({
  ...localized('de', 'ltr', 'signUp', { signUpAttributes: ['email', 'phone_number', 'preferred_username'] }),
  play: async ({ canvasElement }) => {
    await expectTranslated(canvasElement, 'de', 'Create a new account');
    // Long German words wrap inside the card instead of overflowing it.
    const card = canvasElement.querySelector('auth-sign-up')!;
    await expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth + 1);
  },
});

export const GermanForgotPasswordNarrow: Story = narrow({
  ...localized('de', 'ltr', 'confirmResetPassword'),
  play: async ({ canvasElement }) => {
    await expectTranslated(canvasElement, 'de', 'Reset Password');
    const card = canvasElement.querySelector('auth-forgot-password')!;
    await expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth + 1);
  },
});
