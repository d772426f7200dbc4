// What `npm publish` would ship: the built package, its types, the manifest, README and LICENSE,
// and nothing of the repository's tests, stories, examples or local Cognito server.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { ensureBuilt, root } from './support/build.mjs';

describe('npm pack', { timeout: 300_000 }, () => {
  /** @type {string[]} */
  let files;
  before(async () => {
    await ensureBuilt();
    const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
    files = report.files.map((file) => file.path);
  });

  it('ships the built modules, their types, the CDN bundle, the manifest, README and LICENSE', () => {
    for (const file of ['README.md', 'LICENSE', 'package.json', 'custom-elements.json', 'cdn/auth-elements.js',
      'dist/index.js', 'dist/index.d.ts', 'dist/core/index.js', 'dist/amplify/index.js', 'dist/react/index.js',
      'dist/react/index.d.ts', 'dist/define/auth-sign-in.js', 'dist/i18n/locales/de.js',
      'types/react-jsx.d.ts', 'types/preact-jsx.d.ts', 'types/vue.d.ts', 'types/svelte.d.ts',
      'types/vscode.html-custom-data.json', 'types/web-types.json']) {
      assert.ok(files.includes(file), `${file} is missing from the package`);
    }
  });

  it('ships no tests, stories, examples, server, test helpers or repository tooling', () => {
    const unwanted = files.filter((file) =>
      /\.(test|stories)\.|^(test|server|examples|stories|scripts|src|\.storybook|coverage|\.tmp|\.cognito)\//.test(file));
    assert.deepEqual(unwanted, []);
  });

  it('every target in the exports map exists in the package', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    // One real name per wildcard key; a new wildcard key must get one here.
    const probe = { './define/*.js': 'auth-sign-in', './define/*': 'auth-sign-in', './elements/*.js': 'sign-in/sign-in',
      './elements/*': 'sign-in', './locales/*.js': 'de', './locales/*': 'de', './types/*': 'react-jsx' };
    for (const [key, value] of Object.entries(pkg.exports)) {
      assert.ok(!key.includes('*') || probe[key], `no probe for exports["${key}"]`);
      for (const target of typeof value === 'string' ? [value] : Object.values(value)) {
        const file = target.replaceAll('*', probe[key] ?? '').slice(2);
        assert.ok(files.includes(file), `exports["${key}"] → ${target}: ${file} is not in the package`);
      }
    }
  });
});
