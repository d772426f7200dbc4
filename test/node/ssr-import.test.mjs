// Every entry point of the built package imports on a server: Node, no DOM, no window. A module
// that touches a browser global at import time fails here, naming the entry point.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { ensureBuilt, root } from './support/build.mjs';

const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const names = (dir, suffix) => readdirSync(path.join(root, dir)).filter((f) => f.endsWith(suffix)).map((f) => f.slice(0, -suffix.length));

/** Specifiers an app can import, one per exports key (wildcards expanded over the built files). */
function entryPoints() {
  const specifiers = [];
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (typeof value === 'string' || !value.default) continue; // JSON and type-only entries
    const subpath = key === '.' ? '' : key.slice(1);
    if (!key.includes('*')) specifiers.push(pkg.name + subpath);
    else if (key === './define/*') specifiers.push(...names('dist/define', '.js').map((n) => `${pkg.name}/define/${n}`));
    else if (key === './elements/*') {
      specifiers.push(...readdirSync(path.join(root, 'dist/elements')).filter((n) => n !== 'shared').map((n) => `${pkg.name}/elements/${n}`));
    } else if (key === './locales/*') specifiers.push(...names('dist/i18n/locales', '.js').map((n) => `${pkg.name}/locales/${n}`));
  }
  return specifiers;
}

describe('server-side import (Node, no DOM)', { timeout: 300_000 }, () => {
  before(ensureBuilt);

  it('there is no DOM in this process', () => {
    assert.equal(typeof globalThis.window, 'undefined');
    assert.equal(typeof globalThis.document, 'undefined');
  });

  it('finds every kind of entry point', () => {
    const found = entryPoints();
    for (const expected of ['', '/core', '/amplify', '/react', '/define/auth-authenticator', '/elements/sign-in', '/locales/de']) {
      assert.ok(found.includes(pkg.name + expected), `${pkg.name + expected} is not among the entry points`);
    }
  });

  it('imports every entry point without throwing', async () => {
    const failures = [];
    for (const specifier of entryPoints()) {
      try {
        await import(specifier);
      } catch (error) {
        failures.push(`${specifier}: ${error?.stack ?? error}`);
      }
    }
    assert.deepEqual(failures, []);
  });

  it('the elements module exports its classes; the headless flow runs without a DOM', async () => {
    const { AuthAuthenticator, AuthFlow } = await import(pkg.name);
    assert.equal(typeof AuthAuthenticator, 'function');
    const core = await import(`${pkg.name}/core`);
    assert.equal(core.AuthFlow, AuthFlow);
    const state = core.initialState(core.defaultFlowOptions);
    assert.equal(typeof state.step, 'string');
  });

  it('the React wrappers render to a string on the server', async () => {
    const { Authenticator } = await import(`${pkg.name}/react`);
    const React = await import('react');
    const { renderToStaticMarkup } = await import('react-dom/server');
    const html = renderToStaticMarkup(React.createElement(Authenticator, { 'initial-step': 'signUp' }));
    assert.match(html, /^<auth-authenticator[^>]*initial-step="signUp"[^>]*><\/auth-authenticator>$/);
  });
});
