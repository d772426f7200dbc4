// What the CDN build (rollup.config.mjs) does beyond bundling, checked on the built files in
// Chromium: the entry rebuilds src/i18n's static locale table from a list of codes
// (compactLocaleTable), which must map every code to the same chunk, and every built-in locale
// must load and translate; the css templates it minifies must still be the whole style sheet,
// and the minified html templates must render the same forms (checked on two steps).
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { rollup } from 'rollup';
import config, { compactLocaleTable } from '../../rollup.config.mjs';
import { launchBrowser } from './support/browser-flow.mjs';
import { serveStatic } from './support/static-server.mjs';

/** Evaluates a table's source, with `import()` swapped for a stub: code → the specifier it loads. */
function specifiers(source) {
  const table = new Function('load', `return ${source.replaceAll('import(', 'load(')}`)((specifier) => specifier);
  return Object.fromEntries(Object.entries(table).map(([code, loader]) => [code, loader()]));
}

async function build(plugins, dir) {
  const onwarn = (warning) => assert.notEqual(warning.plugin, 'compact-locale-table', warning.message);
  const bundle = await rollup({ ...config, plugins, onwarn });
  try {
    return dir ? (await bundle.write({ ...config.output, dir, sourcemap: false })).output : (await bundle.generate({ ...config.output, sourcemap: false })).output;
  } finally {
    await bundle.close();
  }
}

describe('CDN build', { timeout: 120_000 }, () => {
  let table;
  let dir;
  let server;
  let browser;

  before(async () => {
    // Rendered, before compaction and minification: the static table as Rollup writes it.
    const output = await build(config.plugins.slice(0, config.plugins.findIndex((p) => p.name === 'compact-locale-table')));
    const code = output.find((chunk) => chunk.fileName === 'auth-elements.js').code;
    const compacted = compactLocaleTable(code);
    assert.ok(compacted, 'the static locale table is found in the entry');
    let start = 0;
    while (code[start] === compacted[start]) start++;
    let end = 0;
    while (code.at(-1 - end) === compacted.at(-1 - end)) end++;
    // The rewritten span, found without the plugin's own regex: between the common prefix (taken
    // back to the `=` that assigns the table) and the common suffix, in each version.
    const from = (text) => text.slice(text.lastIndexOf('=', start) + 1, text.length - end).trim();
    table = { before: specifiers(from(code)), after: specifiers(from(compacted)) };
    assert.equal(compacted.split('\n').length, code.split('\n').length, 'line breaks kept (source map)');
    dir = mkdtempSync(path.join(os.tmpdir(), 'cdn-locales-'));
    await build(config.plugins, path.join(dir, 'cdn'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>CDN build</title>\n');
    server = await serveStatic(dir);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A page that imported the built entry; fails on any kit file that did not load. */
  async function kitPage() {
    const page = await browser.newPage();
    const failed = [];
    const kitFile = (url) => url.includes('/cdn/');
    page.on('requestfailed', (request) => kitFile(request.url()) && failed.push(request.url()));
    page.on('response', (response) => response.status() >= 400 && kitFile(response.url()) && failed.push(response.url()));
    await page.goto(`${server.url}index.html`);
    return { page, failed, entry: `${server.url}cdn/auth-elements.js` };
  }

  it('maps every code to the same chunk as the static table', () => {
    assert.ok(Object.keys(table.before).length >= 29, 'every built-in locale and alias');
    assert.equal(table.before.no, './chunks/nb.js');
    assert.deepEqual(table.after, table.before);
  });

  it('registers every dictionary in src/i18n/locales (a file missing from the table never loads)', () => {
    const files = readdirSync(new URL('../../src/i18n/locales/', import.meta.url))
      .filter((file) => /^[\w-]+\.ts$/.test(file) && !file.endsWith('.test.ts') && file !== 'en.ts')
      .map((file) => `./chunks/${file.replace(/\.ts$/, '.js')}`);
    assert.ok(files.length >= 24);
    assert.deepEqual([...new Set(Object.values(table.before))].sort(), files.sort());
  });

  it('loads and applies every locale from the built files in Chromium', async () => {
    const { page, failed, entry } = await kitPage();
    const texts = await page.evaluate(async (url, codes) => {
      const kit = await import(url);
      const out = {};
      for (const code of codes) {
        await kit.loadLocale(code);
        out[code] = kit.translate('Sign in', undefined, code);
      }
      return out;
    }, entry, Object.keys(table.before));
    assert.deepEqual(failed, []);
    for (const [code, specifier] of Object.entries(table.before)) {
      const own = path.basename(specifier, '.js');
      assert.notEqual(texts[code], 'Sign in', `${code} is translated`);
      assert.equal(texts[code], texts[own], `${code} speaks ${own}`);
    }
    assert.equal(texts.de, 'Anmelden');
  });

  it('adopts the whole minified base style sheet', async () => {
    const { page, failed, entry } = await kitPage();
    const rules = await page.evaluate(async (url) => {
      const kit = await import(url);
      kit.adoptBaseStyles(document);
      const layer = document.adoptedStyleSheets[0].cssRules[0];
      return [...layer.cssRules].map((rule) => rule.cssText);
    }, entry);
    assert.deepEqual(failed, []);
    assert.ok(rules.some((rule) => rule.startsWith(':root, :host { --auth-font-family:')), 'tokens');
    assert.ok(rules.includes('.auth-dial::after { content: "▾"; }'), 'rules, the last non-ASCII one intact');
    assert.ok(rules.some((rule) => rule.startsWith('@media (forced-colors: active)')), 'rules to the end');
  });

  it('renders the minified templates: sign in, then the Create Account tab', async () => {
    const { page, failed, entry } = await kitPage();
    const seen = await page.evaluate(async (url) => {
      const kit = await import(url);
      // Only what these two steps call; the session check finds nobody signed in.
      const service = { currentUser: async () => null, listen: () => () => {} };
      const el = document.createElement('auth-authenticator');
      el.flow = new kit.AuthFlow(service, {});
      document.body.append(el);
      const until = async (test) => {
        for (let i = 0; i < 100 && !test(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
        return test();
      };
      const form = () => {
        const heading = el.querySelector('h2, h1')?.textContent.trim();
        const inputs = [...el.querySelectorAll('form input')].map((input) =>
          [input.name, input.type, input.autocomplete, input.labels[0]?.textContent.trim(), !!input.closest('form')].join(' '),
        );
        const submit = el.querySelector('form [type=submit]');
        const style = submit && getComputedStyle(submit);
        return { heading, inputs, submit: submit?.textContent.trim(), height: style && parseFloat(style.blockSize) };
      };
      await until(() => el.querySelector('input[name=password]'));
      const signIn = form();
      [...el.querySelectorAll('[role=tab]')].find((tab) => tab.textContent.trim() === 'Create Account').click();
      await until(() => el.querySelector('input[name=confirm_password]'));
      return { signIn, signUp: form() };
    }, entry);
    assert.deepEqual(failed, []);
    assert.deepEqual(seen.signIn.inputs, [
      'username text username Username true',
      'password password current-password Password true',
    ]);
    assert.equal(seen.signIn.heading, 'Sign in to your account');
    assert.equal(seen.signIn.submit, 'Sign in');
    assert.ok(seen.signIn.height >= 44, `the base styles apply (submit ${seen.signIn.height}px high)`);
    assert.equal(seen.signUp.heading, 'Create a new account');
    assert.deepEqual(seen.signUp.inputs, [
      'username text username Username true',
      'password password new-password Password true',
      'confirm_password password new-password Confirm Password true',
    ]);
    assert.equal(seen.signUp.submit, 'Create Account');
  });
});
