#!/usr/bin/env node
// Runs every suite (Node tests, then the browser tests in real Chromium) and ends with one
// line `N passed, N failed` that sums them all. Exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChrome, NO_CHROME_MESSAGE } from '../test/support/chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

if (!findChrome()) {
  console.error(NO_CHROME_MESSAGE);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const totals = { passed: 0, failed: 0 };
const tmp = path.join(root, '.tmp');
mkdirSync(tmp, { recursive: true });

function run(cmd, args, env = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

/** Node-side tests (local Cognito server, packaging, SSR imports): `*.test.mjs` under these roots. */
function nodeTestFiles() {
  const roots = ['test/node', 'server'];
  const found = [];
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.test.mjs')) found.push(full);
    }
  };
  roots.forEach(walk);
  return found.sort();
}

const nodeFiles = nodeTestFiles();
if (nodeFiles.length > 0) {
  console.log(`\n▶ Node tests (${nodeFiles.length} files)`);
  const result = spawnSync(
    process.execPath,
    ['--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout',
      '--test-reporter=tap', `--test-reporter-destination=${path.join(tmp, 'node-tests.tap')}`, ...nodeFiles],
    { stdio: 'inherit' },
  );
  const tap = existsSync(path.join(tmp, 'node-tests.tap')) ? readFileSync(path.join(tmp, 'node-tests.tap'), 'utf8') : '';
  const pass = Number(/^# pass (\d+)/m.exec(tap)?.[1] ?? 0);
  const fail = Number(/^# fail (\d+)/m.exec(tap)?.[1] ?? 0) + Number(/^# cancelled (\d+)/m.exec(tap)?.[1] ?? 0);
  totals.passed += pass;
  totals.failed += fail;
  if (result.status !== 0 && fail === 0) totals.failed += 1;
}

console.log('\n▶ Browser tests (Chromium)');
const summaryFile = path.join(tmp, 'wtr-summary.json');
rmSync(summaryFile, { force: true });
const wtrStatus = run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--coverage'], {
  WTR_SUMMARY_FILE: summaryFile,
});
if (existsSync(summaryFile)) {
  const wtr = JSON.parse(readFileSync(summaryFile, 'utf8'));
  totals.passed += wtr.passed;
  totals.failed += wtr.failed;
  // A run that fails without a failing test failed elsewhere (coverage threshold, crash).
  if (wtrStatus !== 0 && wtr.failed === 0) totals.failed += 1;
} else {
  totals.failed += 1;
}

// Stories as tests (Vitest + @storybook/addon-vitest): each story's play function and a11y check.
if (existsSync('.storybook/vitest.config.ts')) {
  console.log('\n▶ Stories (Vitest, Chromium)');
  const report = path.join(tmp, 'stories.json');
  rmSync(report, { force: true });
  const status = run(process.execPath, [
    'node_modules/vitest/vitest.mjs', 'run', '--config', '.storybook/vitest.config.ts', '--passWithNoTests',
    '--reporter=default', '--reporter=json', `--outputFile.json=${report}`,
  ]);
  const stories = existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')) : undefined;
  totals.passed += stories?.numPassedTests ?? 0;
  totals.failed += stories?.numFailedTests ?? 0;
  if (status !== 0 && !stories?.numFailedTests) totals.failed += 1;
}

// The CDN bundle's size: scripts/size.mjs --check fails when the entry is over 20 KB, when the
// total is over its regression ceiling, and over 20 KB once that is met (ENFORCE_BUDGET).
console.log('\n▶ scripts/size.mjs (CDN bundle budget)');
if (run(process.execPath, ['scripts/size.mjs', '--check']) === 0) totals.passed += 1;
else totals.failed += 1;

console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
