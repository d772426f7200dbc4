import { expect } from '@open-wc/testing';
import { coreMessageKeys } from '../core/messages.js';
import {
  format,
  loadLocale,
  localeChain,
  onTranslationsChange,
  resolveLocale,
  setTranslationLookup,
  setTranslations,
  translate,
} from './index.js';
import de from './locales/de.js';
import { uiKeys } from './locales/en.js';

describe('i18n', () => {
  afterEach(() => setTranslationLookup(undefined));

  it('falls back from region to language to English', () => {
    expect(localeChain('pt-BR')).to.deep.equal(['pt-br', 'pt', 'en']);
    expect(localeChain('en-GB')).to.deep.equal(['en-gb', 'en']);
    expect(localeChain('zh_Hant_TW')).to.deep.equal(['zh-hant-tw', 'zh-hant', 'zh', 'en']);
  });

  it('uses the English key itself, with placeholders filled', () => {
    expect(translate('Sign In', undefined, 'en')).to.equal('Sign In');
    expect(translate('Password must have at least {count} characters', { count: 8 }, 'xx')).to.equal(
      'Password must have at least 8 characters',
    );
    expect(format('{a} and {b}', { a: 1 })).to.equal('1 and {b}');
  });

  it('loads a dictionary on demand and serves its region variants', async () => {
    const changes: number[] = [];
    const stop = onTranslationsChange(() => changes.push(1));
    await loadLocale('de-AT');
    stop();
    expect(translate('Sign In', undefined, 'de-AT')).to.equal('Anmelden');
    expect(translate('Password must have at least {count} characters', { count: 10 }, 'de')).to.equal(
      'Das Passwort muss mindestens 10 Zeichen haben',
    );
    expect(changes.length).to.be.at.most(1);
    await loadLocale('de');
    // A locale without a dictionary renders English.
    expect(translate('Sign In', undefined, 'eo')).to.equal('Sign In');
  });

  it('lets app overrides win over an external lookup, and both over built-ins', async () => {
    await loadLocale('de');
    setTranslationLookup((key, locale) => (locale === 'de' && key === 'Sign In' ? 'Einloggen' : undefined));
    expect(translate('Sign In', undefined, 'de')).to.equal('Einloggen');
    expect(translate('Sign Out', undefined, 'de')).to.equal('Abmelden');
    setTranslations('de', { 'Sign In': 'Los geht’s' });
    expect(translate('Sign In', undefined, 'de')).to.equal('Los geht’s');
    setTranslations('en', { 'Sign Out': 'Log out' });
    expect(translate('Sign Out', undefined, 'en-US')).to.equal('Log out');
  });

  it('resolves the locale: own lang, then the authenticator, then <html lang>', () => {
    const host = document.createElement('auth-authenticator');
    const inner = document.createElement('span');
    host.append(inner);
    document.body.append(host);
    const htmlLang = document.documentElement.lang;
    try {
      document.documentElement.lang = 'fr';
      expect(resolveLocale(inner)).to.equal('fr');
      host.setAttribute('lang', 'de');
      expect(resolveLocale(inner)).to.equal('de');
      inner.setAttribute('lang', 'pt-BR');
      expect(resolveLocale(inner)).to.equal('pt-BR');
      document.documentElement.lang = '';
      expect(resolveLocale(document.createElement('span'))).to.equal(navigator.language);
    } finally {
      document.documentElement.lang = htmlLang;
      host.remove();
    }
  });

  it('ships a complete German dictionary (every UI and core key)', () => {
    for (const key of [...uiKeys, ...coreMessageKeys]) {
      expect(de[key as keyof typeof de], key).to.be.a('string').and.not.equal('');
    }
    expect(Object.keys(de)).to.have.length(new Set([...uiKeys, ...coreMessageKeys]).size);
  });
});
