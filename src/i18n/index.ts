/**
 * Translation for the elements. Keys are the English strings themselves, so an unknown key (or
 * English) renders as written. Dictionaries are one module per locale, loaded on demand.
 * Nothing here imports Amplify: the amplify layer may register a lookup (`I18n` vocabularies)
 * through `setTranslationLookup`.
 */

export type Dictionary = Record<string, string>;
type Values = Record<string, string | number>;
/** An external lookup (e.g. Amplify `I18n`): the translation, or undefined when it has none. */
export type TranslationLookup = (key: string, locale: string) => string | undefined;

/**
 * Built-in dictionaries. Static specifiers so bundlers split one chunk per locale (a template
 * `import()` would need a plugin in a consumer's Rollup build). The CDN build rebuilds this table
 * from a list of codes (rollup.config.mjs, compactLocaleTable): keep its one-line-per-code shape.
 * Exported for the locale tests only; src/index.ts does not re-export it.
 */
export const localeLoaders: Record<string, () => Promise<{ default: Dictionary }>> = {
  ar: () => import('./locales/ar.js'),
  cs: () => import('./locales/cs.js'),
  da: () => import('./locales/da.js'),
  de: () => import('./locales/de.js'),
  es: () => import('./locales/es.js'),
  fi: () => import('./locales/fi.js'),
  fr: () => import('./locales/fr.js'),
  he: () => import('./locales/he.js'),
  hi: () => import('./locales/hi.js'),
  hu: () => import('./locales/hu.js'),
  id: () => import('./locales/id.js'),
  it: () => import('./locales/it.js'),
  ja: () => import('./locales/ja.js'),
  ko: () => import('./locales/ko.js'),
  nb: () => import('./locales/nb.js'),
  // Plain `no` (Norwegian, written standard unstated): Bokmål, as most sites use.
  no: () => import('./locales/nb.js'),
  nl: () => import('./locales/nl.js'),
  pl: () => import('./locales/pl.js'),
  pt: () => import('./locales/pt.js'),
  ru: () => import('./locales/ru.js'),
  sv: () => import('./locales/sv.js'),
  th: () => import('./locales/th.js'),
  tr: () => import('./locales/tr.js'),
  uk: () => import('./locales/uk.js'),
  vi: () => import('./locales/vi.js'),
  zh: () => import('./locales/zh.js'),
  // Traditional script wherever it is written: Hong Kong and any `zh-Hant-*`.
  'zh-hant': () => import('./locales/zh-tw.js'),
  'zh-hk': () => import('./locales/zh-tw.js'),
  'zh-tw': () => import('./locales/zh-tw.js'),
};

const builtIn = new Map<string, Dictionary>();
const loading = new Map<string, Promise<void>>();
const overrides = new Map<string, Dictionary>();
const listeners = new Set<() => void>();
let lookup: TranslationLookup | undefined;

function changed(): void {
  for (const listener of [...listeners]) listener();
}

/** `pt-BR` → `['pt-br', 'pt', 'en']`: most specific first, English last. */
export function localeChain(locale: string): string[] {
  const parts = locale.toLowerCase().split(/[-_]+/).filter(Boolean);
  const chain = parts.map((_, i) => parts.slice(0, parts.length - i).join('-'));
  return chain.includes('en') ? chain : [...chain, 'en'];
}

/**
 * The locale an element speaks: its own `lang`, then the nearest `<auth-authenticator lang>`,
 * then `<html lang>`, then the browser's language.
 */
export function resolveLocale(element?: Element): string {
  const own = element?.getAttribute('lang');
  const host = element?.closest('auth-authenticator[lang]')?.getAttribute('lang');
  // Through globalThis: on a server there is no document or navigator.
  return own || host || globalThis.document?.documentElement.lang || globalThis.navigator?.language || 'en';
}

/** Loads the built-in dictionaries for a locale and its fallbacks; resolves when ready. */
export function loadLocale(locale: string): Promise<void> {
  const pending = localeChain(locale)
    .filter((code) => localeLoaders[code])
    .map((code) => {
      let promise = loading.get(code);
      if (!promise) {
        promise = localeLoaders[code]!().then(
          (module) => {
            builtIn.set(code, module.default);
            changed();
          },
          // A failed chunk leaves English in place; a later call may retry.
          () => void loading.delete(code),
        );
        loading.set(code, promise);
      }
      return promise;
    });
  return Promise.all(pending).then(() => undefined);
}

/** App overrides for one locale; merged over earlier calls and over the built-in dictionary. */
export function setTranslations(locale: string, dictionary: Dictionary): void {
  const code = locale.toLowerCase();
  overrides.set(code, { ...overrides.get(code), ...dictionary });
  changed();
}

/** Registers (or removes, with undefined) an external lookup consulted before built-ins. */
export function setTranslationLookup(fn: TranslationLookup | undefined): void {
  lookup = fn;
  changed();
}

/** Called whenever translations change (a dictionary loaded, overrides set). Returns unsubscribe. */
export function onTranslationsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Substitutes `{name}` placeholders; unknown placeholders stay as written. */
export function format(text: string, values?: Values): string {
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/**
 * Translates an English key for a locale (default: the page's). Order per locale of the chain:
 * app overrides, the external lookup, the built-in dictionary; then the key itself.
 */
export function translate(key: string, values?: Values, locale: string = resolveLocale()): string {
  for (const code of localeChain(locale)) {
    const text = overrides.get(code)?.[key] ?? lookup?.(key, code) ?? builtIn.get(code)?.[key];
    if (text !== undefined) return format(text, values);
  }
  return format(key, values);
}
