#!/usr/bin/env node
// `npm run bench`: a benchmark, not a test. Loads the CDN bundle (the file the size budget
// measures) in headless Chromium with the in-memory FakeAuthService and prints a table:
// load to an interactive sign-in form, long tasks during load, mount and step-change times,
// and heap / DOM-node / listener growth after many mount-unmount cycles with GC.
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import rollupConfig from '../rollup.config.mjs';
import { CHROME_ARGS, findChrome } from '../test/support/chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = path.join(root, '.tmp/bench');
const CYCLES = Number(process.env.BENCH_CYCLES ?? 200);
const LOADS = 5;
const FRAME_MS = 1000 / 60;

// ── 1. What the page loads: the CDN bundle, the fake backend, Amplify (the bundle's peer). ──
const bundle = await rollup(rollupConfig);
await bundle.write({ ...rollupConfig.output, dir: path.join(work, 'cdn'), sourcemap: false });
await bundle.close();
const esbuildOptions = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  outdir: path.join(work, 'lib'),
  logLevel: 'error',
};
await build({
  ...esbuildOptions,
  // One shared @aws-amplify/core instance for both entry points.
  entryPoints: { 'amplify-auth': '@aws-amplify/auth', 'amplify-core': '@aws-amplify/core' },
  splitting: true,
  define: { global: 'globalThis' },
});
await build({
  ...esbuildOptions,
  stdin: {
    contents: `export { AuthFlow } from './src/core/flow.js';
      export { FakeAuthService } from './test/support/fake-auth-service.js';`,
    resolveDir: root,
    loader: 'ts',
    sourcefile: 'bench-support.ts',
  },
  outfile: path.join(work, 'lib/support.js'),
  outdir: undefined,
});

// ── 2. The page. Long tasks are observed from the first byte; `window.bench` holds the probes. ──
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script>
  window.longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
</script>
<script type="importmap">{ "imports": {
  "@aws-amplify/auth": "/lib/amplify-auth.js", "@aws-amplify/core": "/lib/amplify-core.js" } }</script>
<script type="module">
  import '/cdn/auth-elements.js';
  import { AuthFlow, FakeAuthService } from '/lib/support.js';
  window.modulesAt = performance.now();

  /** Resolves with performance.now() once \`test()\` is truthy, checked on every DOM mutation. */
  function when(test) {
    return new Promise((resolve) => {
      if (test()) return resolve(performance.now());
      const observer = new MutationObserver(() => {
        if (!test()) return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true });
    });
  }
  /** Counts animation frames until stopped: "within one frame" means 0 frames went by. */
  function frameCounter() {
    let frames = 0, id = requestAnimationFrame(function tick() { frames++; id = requestAnimationFrame(tick); });
    return () => (cancelAnimationFrame(id), frames);
  }
  const signInReady = (scope) => {
    const password = scope.querySelector('input[autocomplete="current-password"]');
    const submit = password?.form?.querySelector('button[type="submit"], button:not([type])');
    return password && submit && !submit.disabled;
  };
  const signUpReady = (scope) => scope.querySelector('input[autocomplete="new-password"]');
  const mountAuthenticator = () => {
    const el = document.createElement('auth-authenticator');
    el.flow = new AuthFlow(new FakeAuthService());
    document.body.append(el);
    return el;
  };

  window.kit = { AuthFlow, FakeAuthService, Authenticator: customElements.get('auth-authenticator'), SignIn: customElements.get('auth-sign-in') };
  window.bench = {
    async mountSignIn() {
      const flow = new AuthFlow(new FakeAuthService());
      await flow.start();
      const el = document.createElement('auth-sign-in');
      el.flow = flow;
      const frames = frameCounter();
      const start = performance.now();
      document.body.append(el);
      const end = await when(() => el.querySelector('input[type="password"]'));
      const result = { ms: end - start, frames: frames() };
      el.remove();
      flow.dispose();
      return result;
    },
    async mountAuthenticator() {
      const frames = frameCounter();
      const start = performance.now();
      const el = mountAuthenticator();
      const end = await when(() => el.querySelector('input[type="password"]'));
      const result = { ms: end - start, frames: frames() };
      el.remove();
      return result;
    },
    async toSignUp() {
      const el = mountAuthenticator();
      await when(() => signInReady(el));
      const tab = [...el.querySelectorAll('button, [role="tab"]'), ...(el.shadowRoot?.querySelectorAll('button, [role="tab"]') ?? [])]
        .find((b) => b.textContent.trim() === 'Create Account');
      if (!tab) throw new Error('no "Create Account" control');
      const frames = frameCounter();
      const start = performance.now();
      tab.click();
      const end = await when(() => signUpReady(el));
      const result = { ms: end - start, frames: frames() };
      el.remove();
      return result;
    },
    async cycles(count) {
      for (let i = 0; i < count; i++) {
        const el = mountAuthenticator();
        await when(() => signInReady(el));
        el.remove();
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    },
  };
  const first = mountAuthenticator();
  window.interactiveAt = await when(() => signInReady(first));
</script>
</head><body></body></html>`;


// ── 3. Serve it on loopback (module scripts need http). ──
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x').pathname;
  if (url === '/') {
    res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    return;
  }
  const file = path.join(work, url);
  if (!file.startsWith(work) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'text/javascript' });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

// ── 4. Measure. ──
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: [...CHROME_ARGS, '--js-flags=--expose-gc'],
});
const rows = [];
try {
  const url = `http://127.0.0.1:${server.address().port}/`;
  const errors = [];
  // Load: a few cold visits, each in a fresh browser context (no cache), median reported.
  const loads = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.createBrowserContext();
    const visit = await context.newPage();
    visit.on('pageerror', (error) => errors.push(error.message));
    await visit.goto(url);
    await visit.waitForFunction(() => window.interactiveAt !== undefined, { timeout: 30000 }).catch(() => {
      throw new Error(`the sign-in form never became interactive${errors.length ? `: ${errors.join('; ')}` : ''}`);
    });
    loads.push(await visit.evaluate(() => ({
      interactive: window.interactiveAt,
      modules: window.modulesAt,
      html: performance.getEntriesByType('navigation')[0].responseEnd,
      longTasks: window.longTasks,
    })));
    await context.close();
  }
  loads.sort((a, b) => a.interactive - b.interactive);
  const medianLoad = loads[Math.floor(LOADS / 2)];
  const withLongTask = loads.filter((load) => load.longTasks.length > 0);
  const longest = Math.max(0, ...loads.flatMap((load) => load.longTasks.map((task) => task.duration)));
  rows.push([
    `navigation → interactive sign-in form (${LOADS} cold loads)`,
    `median ${ms(medianLoad.interactive)}, max ${ms(loads.at(-1).interactive)} ` +
      `(HTML ${ms(medianLoad.html)}, modules run ${ms(medianLoad.modules)})`,
    '—',
    '',
  ]);
  rows.push([
    'long tasks during load',
    `${withLongTask.length} of ${LOADS} loads (longest ${ms(longest)})`,
    'none',
    verdict(withLongTask.length === 0),
  ]);

  const page = await browser.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  await page.goto(url);
  await page.waitForFunction(() => window.interactiveAt !== undefined, { timeout: 30000 });

  for (const [label, probe] of [
    ['<auth-sign-in> mount → password input', 'mountSignIn'],
    ['<auth-authenticator> mount → password input', 'mountAuthenticator'],
    ['"Create Account" → sign-up form', 'toSignUp'],
  ]) {
    // Median of several runs: the first one pays for compiling the code paths.
    const runs = [];
    for (let i = 0; i < 7; i++) runs.push(await page.evaluate((name) => window.bench[name](), probe));
    runs.sort((a, b) => a.ms - b.ms);
    const median = runs[3];
    const inFrame = median.ms < FRAME_MS && median.frames === 0;
    rows.push([label, `${ms(median.ms)} (${median.frames} frames)`, 'within one frame', verdict(inFrame)]);
  }

  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await page.evaluate(() => window.gc());
      await cdp.send('HeapProfiler.collectGarbage');
    }
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
    return {
      heap: metric('JSHeapUsedSize'),
      objects: await objectHeapSize(cdp),
      nodes: metric('Nodes'),
      listeners: metric('JSEventListeners'),
      globalListeners: await globalListenerCount(cdp),
    };
  };
  await page.evaluate((count) => window.bench.cycles(count), CYCLES); // warm-up: JIT tiers, caches
  const before = await settle();
  const started = Date.now();
  await page.evaluate((count) => window.bench.cycles(count), CYCLES);
  const cycleMs = (Date.now() - started) / CYCLES;
  const after = await settle();
  const growth = (key) => after[key] - before[key];
  // What survives the cycles: only the authenticator left mounted by the load (and its flow).
  const live = [];
  for (const name of ['AuthFlow', 'FakeAuthService', 'Authenticator', 'SignIn']) {
    const proto = await page.evaluateHandle((n) => window.kit[n].prototype, name);
    const objects = await page.queryObjects(proto);
    live.push(`${name} ${await page.evaluate((list) => list.length, objects)}`);
    await Promise.all([proto.dispose(), objects.dispose()]);
  }
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  rows.push([`${CYCLES} mount-unmount cycles (after as many warm-up ones)`, `${ms(cycleMs)} per cycle`, '—', '']);
  rows.push(['  live instances after GC', live.join(', '), '1 each', verdict(live.every((entry) => entry.endsWith(' 1')))]);
  // JSHeapUsedSize also counts the JIT's compiled code, which grows as code tiers up; the
  // snapshot's object total leaves code out and is what a leak would show in.
  rows.push(['  JS object growth (heap snapshot, no code)', kb(growth('objects')), '< 100 KB', verdict(growth('objects') < 100 * 1024)]);
  rows.push(['  JSHeapUsedSize growth (incl. JIT code)', kb(growth('heap')), '—', '']);
  rows.push(['  DOM node growth', String(growth('nodes')), '0', verdict(growth('nodes') <= 0)]);
  rows.push(['  event listener growth', String(growth('listeners')), '0', verdict(growth('listeners') <= 0)]);
  rows.push(['  window+document listener growth', String(growth('globalListeners')), '0', verdict(growth('globalListeners') <= 0)]);
  if (errors.length) rows.push(['page errors', errors.join('; '), 'none', 'FAIL']);
} finally {
  await browser.close();
  server.close();
}

printTable(['measure', 'result', 'target', ''], rows);

function ms(value) {
  return `${value.toFixed(2)} ms`;
}
function verdict(ok) {
  return ok ? 'ok' : 'MISSED';
}
/** Listeners on window and document (where a leaked global handler would sit). */
async function globalListenerCount(session) {
  let total = 0;
  for (const expression of ['window', 'document']) {
    const { result } = await session.send('Runtime.evaluate', { expression });
    const { listeners } = await session.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    total += listeners.length;
    await session.send('Runtime.releaseObject', { objectId: result.objectId });
  }
  return total;
}
/** Bytes of everything in a heap snapshot except compiled code (V8 node type `code`). */
async function objectHeapSize(session) {
  const chunks = [];
  const collect = (event) => chunks.push(event.chunk);
  session.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  session.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const { snapshot, nodes } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const code = snapshot.meta.node_types[typeAt].indexOf('code');
  let total = 0;
  for (let i = 0; i < nodes.length; i += width) if (nodes[i + typeAt] !== code) total += nodes[i + sizeAt];
  return total;
}
function printTable(header, body) {
  const all = [header, ...body];
  const widths = header.map((_, col) => Math.max(...all.map((row) => String(row[col]).length)));
  const line = (row) => row.map((cell, col) => String(cell).padEnd(widths[col])).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of body) console.log(line(row));
}
