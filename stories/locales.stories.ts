/**
 * The sign-in step in every built-in language, on the fake backend: one story per locale, each
 * checking that its own dictionary (not English) renders, right to left where the script is.
 */
import type { Meta } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../src/define/auth-sign-in.js';
import { loadLocale, translate } from '../src/i18n/index.js';
import { expectHeading, onStep, type Story } from './support/stories.js';

const meta: Meta = {
  title: 'Languages/auth-sign-in',
  component: 'auth-sign-in',
};
export default meta;

const RTL = new Set(['ar', 'he']);
const signIn = onStep('auth-sign-in', 'signIn');

/** The sign-in step with `lang` (and `dir` for right-to-left scripts) as a page would set them. */
function inLanguage(lang: string, name: string): Story {
  return {
    ...signIn,
    name,
    args: { lang },
    render: (args, context) => {
      const element = signIn.render!(args, context) as HTMLElement;
      if (RTL.has(lang)) element.dir = 'rtl';
      return element;
    },
    play: async ({ canvasElement }) => {
      await loadLocale(lang);
      const heading = translate('Sign in to your account', undefined, lang);
      if (lang !== 'en') await expect(heading).not.toBe('Sign in to your account');
      await expectHeading(canvasElement, heading);
      const submit = canvasElement.querySelector('button[type="submit"]');
      await waitFor(() => expect(submit?.textContent?.trim()).toBe(translate('Sign in', undefined, lang)));
    },
  };
}

export const English: Story = inLanguage('en', 'English (en)');
export const Arabic: Story = inLanguage('ar', 'العربية (ar)');
export const Czech: Story = inLanguage('cs', 'Čeština (cs)');
export const Danish: Story = inLanguage('da', 'Dansk (da)');
export const German: Story = inLanguage('de', 'Deutsch (de)');
export const Spanish: Story = inLanguage('es', 'Español (es)');
export const Finnish: Story = inLanguage('fi', 'Suomi (fi)');
export const French: Story = inLanguage('fr', 'Français (fr)');
export const Hebrew: Story = inLanguage('he', 'עברית (he)');
export const Hindi: Story = inLanguage('hi', 'हिन्दी (hi)');
export const Hungarian: Story = inLanguage('hu', 'Magyar (hu)');
export const Indonesian: Story = inLanguage('id', 'Bahasa Indonesia (id)');
export const Italian: Story = inLanguage('it', 'Italiano (it)');
export const Japanese: Story = inLanguage('ja', '日本語 (ja)');
export const Korean: Story = inLanguage('ko', '한국어 (ko)');
export const NorwegianBokmal: Story = inLanguage('nb', 'Norsk bokmål (nb)');
export const Dutch: Story = inLanguage('nl', 'Nederlands (nl)');
export const Polish: Story = inLanguage('pl', 'Polski (pl)');
export const Portuguese: Story = inLanguage('pt', 'Português (pt)');
export const PortugueseBrazil: Story = inLanguage('pt-BR', 'Português do Brasil (pt-BR → pt)');
export const Russian: Story = inLanguage('ru', 'Русский (ru)');
export const Swedish: Story = inLanguage('sv', 'Svenska (sv)');
export const Thai: Story = inLanguage('th', 'ไทย (th)');
export const Turkish: Story = inLanguage('tr', 'Türkçe (tr)');
export const Ukrainian: Story = inLanguage('uk', 'Українська (uk)');
export const Vietnamese: Story = inLanguage('vi', 'Tiếng Việt (vi)');
export const ChineseSimplified: Story = inLanguage('zh', '简体中文 (zh)');
export const ChineseTraditional: Story = inLanguage('zh-TW', '繁體中文 (zh-TW)');
