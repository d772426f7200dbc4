// The CLI as a developer runs it: demo pools and user, demo-pools.json, a clean stop on
// SIGTERM/SIGINT, and the same pools again on the next start.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD } from './demo.mjs';
import { clientUser, signIn } from './test-support.mjs';

const cli = fileURLToPath(new URL('./cli.mjs', import.meta.url));
/** @type {string} */
let dataDir;

before(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'local-cognito-cli-'));
});
after(() => rm(dataDir, { recursive: true, force: true }));

/** Starts the CLI and resolves once it has printed its banner. */
async function startCli() {
  const child = spawn(process.execPath, [cli], {
    env: { ...process.env, COGNITO_PORT: '0', COGNITO_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`CLI did not start:\n${output}`)), 15000);
    child.stdout.on('data', () => {
      if (output.includes('Ctrl-C stops')) {
        clearTimeout(timer);
        resolve(undefined);
      }
    });
    child.once('exit', (code) => reject(new Error(`CLI exited with ${code}:\n${output}`)));
  });
  const config = JSON.parse(await readFile(path.join(dataDir, 'demo-pools.json'), 'utf8'));
  return { child, config, output: () => output };
}

/** @param {import('node:child_process').ChildProcess} child @param {NodeJS.Signals} signal */
async function stop(child, signal) {
  const exited = once(child, 'exit');
  child.kill(signal);
  const [code] = await exited;
  return code;
}

describe('server/cli.mjs', () => {
  it('seeds the demo pools and user, writes demo-pools.json and stops cleanly on SIGTERM', async () => {
    const { child, config, output } = await startCli();
    try {
      assert.match(config.endpoint, /^http:\/\/127\.0\.0\.1:\d+$/);
      assert.deepEqual(Object.keys(config.pools), ['username', 'email', 'phone', 'totp', 'sms']);
      const expected = { username: 'success', email: 'success', phone: 'success', totp: 'MFA_SETUP', sms: 'SMS_MFA' };
      for (const [key, pool] of Object.entries(config.pools)) {
        const result = await signIn(clientUser({ url: config.endpoint }, pool, pool.signIn), DEMO_PASSWORD);
        assert.equal(result.kind, expected[/** @type {keyof typeof expected} */ (key)], `demo user in the ${key} pool`);
      }
      const mailbox = await (await fetch(`${config.mailbox}?username=demo`)).json();
      assert.equal(mailbox.messages.at(-1).kind, 'Authentication');
    } finally {
      assert.equal(await stop(child, 'SIGTERM'), 0);
    }
    assert.match(output(), /InitiateAuth 200 \d+ms/);
    assert.match(output(), /SIGTERM, stopping/);
  });

  it('reuses the same pools on the next start and stops on SIGINT', async () => {
    const before = JSON.parse(await readFile(path.join(dataDir, 'demo-pools.json'), 'utf8'));
    const { child, config } = await startCli();
    try {
      assert.deepEqual(
        Object.values(config.pools).map((p) => [p.userPoolId, p.clientId]),
        Object.values(before.pools).map((/** @type {any} */ p) => [p.userPoolId, p.clientId]),
      );
      // The demo user is reset on start: TOTP set up last time does not carry over.
      const result = await signIn(clientUser({ url: config.endpoint }, config.pools.username, 'demo'), DEMO_PASSWORD);
      assert.equal(result.kind, 'success');
    } finally {
      assert.equal(await stop(child, 'SIGINT'), 0);
    }
  });
});
