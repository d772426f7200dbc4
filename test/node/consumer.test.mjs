// The published package as a stranger gets it: `npm pack`, installed with Amplify v5 from the
// registry into a clean project outside the repository, built with Vite and with Rollup, and
// rendered in headless Chromium. Then tree-shaking: an app importing only <auth-sign-in>.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { startLocalCognito } from '../../server/index.mjs';
import { launchBrowser } from './support/browser-flow.mjs';
import { ensureBuilt, root } from './support/build.mjs';
import { serveStatic } from './support/static-server.mjs';

const rootLock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
/** The repository's own pinned version, so the npm cache usually has it. */
const pinned = (name, fallback) => rootLock.packages[`node_modules/${name}`]?.version ?? fallback;

const APP = `import { Auth } from '@aws-amplify/auth';
import 'auth-elements';

const params = new URLSearchParams(location.search);
Auth.configure({ region: 'us-east-1', userPoolId: params.get('userPoolId'), userPoolWebClientId: params.get('clientId'), endpoint: params.get('endpoint') });
const authenticator = document.createElement('auth-authenticator');
authenticator.formFields = { signIn: { username: { placeholder: 'consumer ' + document.title } } };
authenticator.addEventListener('auth-step-change', (event) => (document.body.dataset.step = event.detail.step));
document.body.append(authenticator);
`;
const html = (title, script) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><script type="module" src="${script}"></script></body></html>\n`;
const ROLLUP_CONFIG = `import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const plugins = (min) => [nodeResolve({ browser: true, preferBuiltins: false }), commonjs(), json(), ...(min ? [terser()] : [])];
// The size probes leave Amplify out: they measure what the kit itself adds to an app.
const amplify = (id) => id.startsWith('@aws-amplify/');
export default [
  { input: 'main.js', output: { dir: 'dist-rollup', format: 'es' }, plugins: plugins(false) },
  { input: 'sign-in-only.js', external: amplify, output: { dir: 'size/sign-in-only', format: 'es' }, plugins: plugins(true) },
  { input: 'everything.js', external: amplify, output: { dir: 'size/everything', format: 'es' }, plugins: plugins(true) },
];
`;

describe('a consumer project installing the packed tarball', { timeout: 600_000 }, () => {
  let dir;
  let cognito;
  let browser;
  let query;
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

  before(async () => {
    await ensureBuilt();
    dir = mkdtempSync(path.join(os.tmpdir(), 'auth-elements-consumer-'));
    const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }));
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
      name: 'consumer',
      private: true,
      type: 'module',
      dependencies: {
        'auth-elements': `file:./${filename}`,
        '@aws-amplify/auth': pinned('@aws-amplify/auth', '5.6.24'),
        '@aws-amplify/core': pinned('@aws-amplify/core', '5.8.19'),
      },
      devDependencies: {
        vite: pinned('vite', '7.3.1'),
        rollup: pinned('rollup', '4.68.0'),
        '@rollup/plugin-node-resolve': pinned('@rollup/plugin-node-resolve', '16.0.3'),
        '@rollup/plugin-commonjs': '29.0.3',
        '@rollup/plugin-json': '6.1.0',
        '@rollup/plugin-terser': pinned('@rollup/plugin-terser', '1.0.2'),
      },
    }, null, 2));
    writeFileSync(path.join(dir, 'main.js'), APP);
    writeFileSync(path.join(dir, 'index.html'), html('vite', '/main.js'));
    writeFileSync(path.join(dir, 'sign-in-only.js'), "import 'auth-elements/define/auth-sign-in.js';\n");
    writeFileSync(path.join(dir, 'everything.js'), "import 'auth-elements';\n");
    writeFileSync(path.join(dir, 'rollup.config.mjs'), ROLLUP_CONFIG);
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error']);

    cognito = await startLocalCognito({ port: 0, dataDir: path.join(dir, '.cognito'), quiet: true });
    const { userPoolId, clientId } = await cognito.createPool({ name: 'consumer' });
    query = `?${new URLSearchParams({ endpoint: cognito.url, userPoolId, clientId })}`;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await cognito?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Serves a built app and waits for the authenticator's sign-in form, customised by formFields. */
  async function expectRenders(outDir, title) {
    const server = await serveStatic(path.join(dir, outDir));
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    try {
      await page.goto(server.url + query);
      await page.waitForSelector(`auth-authenticator input[name=username][placeholder="consumer ${title}"]`, { timeout: 20_000 });
      assert.equal(await page.$eval('body', (body) => body.dataset.step), 'signIn');
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
      await server.close();
    }
  }

  it('installs from the tarball the files an app needs, and nothing of the repository', () => {
    const installed = path.join(dir, 'node_modules/auth-elements');
    const pkg = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8'));
    assert.equal(pkg.name, 'auth-elements');
    assert.ok(readFileSync(path.join(installed, 'types/react-jsx.d.ts'), 'utf8').includes("'auth-authenticator'"));
    assert.throws(() => readFileSync(path.join(installed, 'server/index.mjs')));
  });

  it('builds with Vite and renders the authenticator in headless Chromium', async (t) => {
    const started = Date.now();
    run('npx', ['vite', 'build', '--logLevel', 'error']);
    t.diagnostic(`vite build ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await expectRenders('dist', 'vite');
  });

  it('builds with Rollup and renders the authenticator in headless Chromium', async (t) => {
    const started = Date.now();
    run('npx', ['rollup', '-c', '--silent']);
    t.diagnostic(`rollup build ${((Date.now() - started) / 1000).toFixed(1)} s`);
    writeFileSync(path.join(dir, 'dist-rollup/index.html'), html('rollup', '/main.js'));
    await expectRenders('dist-rollup', 'rollup');
  });

  it('tree-shakes: an app importing only <auth-sign-in> gets none of the other elements', (t) => {
    const size = (name) => {
      const code = readFileSync(path.join(dir, `size/${name}/${name}.js`), 'utf8');
      return { code, min: code.length, gzip: gzipSync(code, { level: 9 }).length };
    };
    const signIn = size('sign-in-only');
    const everything = size('everything');
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    t.diagnostic(`<auth-sign-in> only: ${kb(signIn.min)} min, ${kb(signIn.gzip)} min+gzip; every element: ${kb(everything.min)} min, ${kb(everything.gzip)} min+gzip (Amplify excluded, loaded lazily)`);
    assert.match(signIn.code, /auth-sign-in/);
    for (const tag of ['auth-authenticator', 'auth-mfa', 'auth-verify-user', 'auth-force-new-password']) {
      assert.ok(!signIn.code.includes(`"${tag}"`), `${tag} is in the sign-in-only bundle`);
      assert.ok(everything.code.includes(`"${tag}"`), `${tag} is missing from the full bundle`);
    }
    // Most of either bundle is what every element shares (core machine, base styles, lit), so
    // the difference is the other elements' own code: smaller, not a fraction.
    assert.ok(signIn.gzip < everything.gzip, 'the sign-in-only bundle is not smaller');
  });
});
