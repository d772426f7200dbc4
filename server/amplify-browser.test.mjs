// The server's purpose, proven end to end: Amplify v5 `Auth` (SRP by default) in headless
// Chromium signs up, confirms, resets, sets up TOTP and answers SMS MFA against it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { findChrome } from '../test/support/chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

it('runs the Amplify v5 Auth browser checks (server/browser/*.browser-test.ts)', { skip: !findChrome() && 'no Chromium' }, () => {
  const result = spawnSync(process.execPath,
    ['node_modules/@web/test-runner/dist/bin.js', '--config', 'server/browser/wtr.config.mjs'],
    { cwd: root, encoding: 'utf8', timeout: 180000 });
  const output = `${result.stdout}\n${result.stderr}`;
  assert.equal(result.status, 0, output);
  assert.match(output, /4 passed, 0 failed/, output);
});
