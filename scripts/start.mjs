#!/usr/bin/env node
// `npm start`: the local Cognito server (demo pools + demo user), then, once it answers, Storybook
// with the live stories pointed at it. Ctrl-C stops both.
//
// Env: COGNITO_PORT (default 9229), COGNITO_DATA_DIR (default .cognito), STORYBOOK_PORT (6006).
// Storybook regenerates custom-elements.json itself when it starts (.storybook/main.ts).
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cognitoPort = process.env.COGNITO_PORT ?? '9229';
const dataDir = path.resolve(root, process.env.COGNITO_DATA_DIR ?? '.cognito');
const storybookPort = process.env.STORYBOOK_PORT ?? '6006';
const READY_TIMEOUT_MS = 30000;

/** @type {Set<import('node:child_process').ChildProcess>} */
const children = new Set();
let stopping = false;

/** @param {string} name @param {string[]} args @param {NodeJS.ProcessEnv} env */
function launch(name, args, env) {
  // Own process group: the terminal's Ctrl-C reaches us only, and we stop each child in order.
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  children.add(child);
  child.stdout.pipe(process.stdout);
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (stopping) return;
    console.error(`${name} stopped (${signal ?? `exit code ${code}`}); stopping everything.`);
    void stop(code || 1);
  });
  return child;
}

/** Stops every child (SIGTERM, then SIGKILL after 5 s) and exits. @param {number} code */
async function stop(code) {
  if (stopping) return;
  stopping = true;
  const exits = [...children].map((child) => new Promise((resolve) => {
    child.once('exit', resolve);
    try {
      process.kill(-(/** @type {number} */ (child.pid)), 'SIGTERM');
    } catch {
      resolve(undefined);
    }
  }));
  const force = setTimeout(() => {
    for (const child of children) {
      try {
        process.kill(-(/** @type {number} */ (child.pid)), 'SIGKILL');
      } catch { /* already gone */ }
    }
  }, 5000);
  await Promise.all(exits);
  clearTimeout(force);
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

/** Resolves once the server printed that it runs (it has seeded the demo pools by then). @param {import('node:child_process').ChildProcess} child */
function serverReady(child) {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`no answer within ${READY_TIMEOUT_MS / 1000} s`)), READY_TIMEOUT_MS);
    child.stdout?.on('data', (chunk) => {
      seen = (seen + chunk).slice(-4096);
      // The CLI prints its banner after the demo pools exist and demo-pools.json is written.
      if (/Dev API: .*Ctrl-C stops\./.test(seen)) {
        clearTimeout(timer);
        resolve(undefined);
      }
    });
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error('the server exited'));
    });
  });
}

const server = launch('Local Cognito', ['server/cli.mjs'], { COGNITO_PORT: cognitoPort, COGNITO_DATA_DIR: dataDir });
try {
  await serverReady(server);
} catch (error) {
  if (!stopping) {
    console.error(`Local Cognito did not start: ${/** @type {Error} */ (error).message}.`);
    await stop(1);
  }
}

if (stopping) await new Promise(() => {}); // Ctrl-C during start-up: stop() is exiting.
// The live stories read the demo pools from this variable (stories/live/local-cognito.ts).
const demo = await readFile(path.join(dataDir, 'demo-pools.json'), 'utf8');
launch('Storybook', ['node_modules/storybook/dist/bin/dispatcher.js', 'dev', '--port', storybookPort, '--ci'], {
  STORYBOOK_LOCAL_COGNITO: JSON.stringify(JSON.parse(demo)),
});
console.log(`\nLocal Cognito on http://127.0.0.1:${cognitoPort}; Storybook starting on http://localhost:${storybookPort}`);
console.log(`Live stories: http://localhost:${storybookPort}/?path=/story/live-local-cognito--username-sign-in\n`);
