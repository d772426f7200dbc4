// Every example app in examples/ works against the local Cognito server in real Chromium: built
// once with Vite (the plain-HTML one needs no build), then a user signs up, confirms with the
// mailed code, sees their name rendered by the framework from `auth-signed-in`, and signs out.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { startLocalCognito } from '../../server/index.mjs';
import { launchBrowser, signUpConfirmSignOut } from './support/browser-flow.mjs';
import { ensureBuilt, root } from './support/build.mjs';
import { serveStatic } from './support/static-server.mjs';

const run = promisify(execFile);
const EXAMPLES = ['html', 'react19', 'react18', 'vue', 'svelte', 'angular'];

/** Builds a Vite example into .tmp/examples/<name> (in a child process: Vite's build keeps its own state) and serves it. */
async function serveViteExample(name) {
  const outDir = path.join(root, '.tmp/examples', name);
  await run(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: path.join(root, 'examples', name) });
  return serveStatic(outDir);
}

async function serveHtmlExample() {
  const { serve } = await import(pathToFileURL(path.join(root, 'examples/html/serve.mjs')).href);
  return serve(0);
}

describe('example apps', { timeout: 600_000 }, () => {
  let cognito;
  let browser;
  let dataDir;
  let query;

  before(async () => {
    await ensureBuilt();
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'examples-cognito-'));
    cognito = await startLocalCognito({ port: 0, dataDir, quiet: true });
    const { userPoolId, clientId } = await cognito.createPool({ name: 'examples' });
    query = `?${new URLSearchParams({ endpoint: cognito.url, userPoolId, clientId })}`;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await cognito?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  for (const name of EXAMPLES) {
    it(`${name}: signs up, confirms with the mailed code, shows the user's name, signs out`, async (t) => {
      const started = Date.now();
      const server = name === 'html' ? await serveHtmlExample() : await serveViteExample(name);
      const built = Date.now();
      try {
        const steps = await signUpConfirmSignOut(browser, server.url + query, cognito, `${name}-${Date.now().toString(36)}`);
        t.diagnostic(`${name}: ${name === 'html' ? 'serve' : 'vite build'} ${((built - started) / 1000).toFixed(1)} s, browser flow ${((Date.now() - built) / 1000).toFixed(1)} s (${steps})`);
      } finally {
        await server.close();
      }
    });
  }
});
