import { expect, waitUntil } from '@open-wc/testing';
import { coreMessageKeys } from '../core/messages.js';
import { heading, mountStep } from '../../test/browser/elements-helpers.js';
import type { AuthSignIn } from '../elements/sign-in/sign-in.js';
import { loadLocale, localeLoaders, translate } from './index.js';
import type { Dictionary } from './index.js';
import { uiKeys } from './locales/en.js';

/** The `lang` a page would write for each code (the registry keys are lower case). */
const LANG: Record<string, string> = { 'zh-tw': 'zh-TW' };
const RTL = new Set(['ar', 'he']);

const catalogue = [...new Set<string>([...uiKeys, ...coreMessageKeys])];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('built-in locales', () => {
  it('ships at least 24 locales besides English', async () => {
    // Aliases (no, zh-hk...) share a module: count the distinct dictionaries.
    const modules = await Promise.all(Object.values(localeLoaders).map((load) => load()));
    expect(new Set(modules.map((module) => module.default)).size).to.be.at.least(24);
  });

  // Every registered code, aliases included: each must load and cover the whole catalogue.
  for (const [code, load] of Object.entries(localeLoaders)) {
    describe(code, () => {
      let dictionary: Dictionary;
      before(async () => {
        dictionary = (await load()).default;
      });

      it('translates every key of the English catalogue, and nothing else', () => {
        const missing = catalogue.filter((key) => typeof dictionary[key] !== 'string' || !dictionary[key]!.trim());
        const unknown = Object.keys(dictionary).filter((key) => !catalogue.includes(key));
        expect(missing, 'missing keys').to.deep.equal([]);
        expect(unknown, 'unknown keys').to.deep.equal([]);
      });

      it('keeps every {placeholder} and the … of busy labels', () => {
        for (const key of catalogue) {
          expect(placeholders(dictionary[key]!), key).to.deep.equal(placeholders(key));
          if (key.endsWith('…')) expect(dictionary[key], key).to.match(/…$/);
        }
      });

      it('is a translation, not a copy of the English', () => {
        // A few words stay the same in some languages ("Code", "Email"); most must not.
        const same = catalogue.filter((key) => dictionary[key] === key);
        expect(same.length, same.join(' | ')).to.be.below(catalogue.length * 0.1);
      });

      it('loads through loadLocale and translates with its own text', async () => {
        await loadLocale(LANG[code] ?? code);
        expect(translate('Sign in', undefined, LANG[code] ?? code)).to.equal(dictionary['Sign in']);
        expect(dictionary['Sign in']).not.to.equal('Sign in');
        expect(translate('Password must have at least {count} characters', { count: 12 }, code)).to.equal(
          dictionary['Password must have at least {count} characters']!.replace('{count}', '12'),
        );
      });

      it(`renders <auth-sign-in lang="${LANG[code] ?? code}"> in its language, accessibly`, async () => {
        const { el } = await mountStep<AuthSignIn>('auth-sign-in');
        if (RTL.has(code)) el.dir = 'rtl';
        el.lang = LANG[code] ?? code;
        const submit = () => el.querySelector('button[type=submit]')?.textContent?.trim();
        await waitUntil(() => submit() === dictionary['Sign in'], `submit reads "${dictionary['Sign in']}"`);
        expect(heading(el)).to.equal(dictionary['Sign in to your account']);
        const labels = [...el.querySelectorAll('label')].map((label) => label.textContent?.trim());
        expect(labels).to.include.members([dictionary['Username'], dictionary['Password']]);
        await expect(el).to.be.accessible();
      });
    });
  }

  it('falls back from a region to its language: pt-BR and pt-PT speak pt', async () => {
    const pt = (await import('./locales/pt.js')).default;
    await loadLocale('pt-BR');
    expect(translate('Sign in', undefined, 'pt-BR')).to.equal(pt['Sign in']);
    expect(translate('Forgot your password?', undefined, 'pt-PT')).to.equal(pt['Forgot your password?']);
  });

  it('keeps Traditional and Simplified Chinese apart: zh-TW, zh-HK and zh-Hant-* speak zh-tw', async () => {
    const [zh, zhTw] = [(await import('./locales/zh.js')).default, (await import('./locales/zh-tw.js')).default];
    expect(zhTw['Sign in']).not.to.equal(zh['Sign in']);
    for (const locale of ['zh-TW', 'zh_TW', 'zh-HK', 'zh-Hant', 'zh-Hant-TW']) {
      await loadLocale(locale);
      expect(translate('Sign in', undefined, locale), locale).to.equal(zhTw['Sign in']);
    }
    for (const locale of ['zh', 'zh-CN', 'zh-Hans-CN']) {
      await loadLocale(locale);
      expect(translate('Sign in', undefined, locale), locale).to.equal(zh['Sign in']);
    }
  });

  it('serves plain Norwegian (no, no-NO) in Bokmål', async () => {
    const nb = (await import('./locales/nb.js')).default;
    await loadLocale('no-NO');
    expect(translate('Forgot your password?', undefined, 'no-NO')).to.equal(nb['Forgot your password?']);
  });

  it('serves unknown locales (and unknown keys) in English', async () => {
    await loadLocale('xx-YY');
    expect(translate('Sign in', undefined, 'xx-YY')).to.equal('Sign in');
    await loadLocale('fr');
    expect(translate('Not a catalogue key', undefined, 'fr')).to.equal('Not a catalogue key');
  });
});
