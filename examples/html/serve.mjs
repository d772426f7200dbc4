#!/usr/bin/env node
// Serves the plain-HTML example: the page, the examples' shared module, the package's CDN bundle,
// and Amplify v5 as browser ES modules (the part a public CDN would serve; Amplify ships
// CommonJS, so it is bundled once here, in memory, with one shared @aws-amplify/core).
// `node serve.mjs [port]`, then open http://127.0.0.1:<port>/ (local Cognito on :9229 by default).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve('auth-elements/package.json'));
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json', '.json': 'application/json' };

async function bundleAmplify() {
  const { build } = await import(pathToFileURL(require.resolve('esbuild')).href);
  const result = await build({
    absWorkingDir: here,
    entryPoints: { auth: '@aws-amplify/auth', core: '@aws-amplify/core' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    define: { global: 'globalThis' },
    outdir: '/vendor/amplify',
    write: false,
    minify: true,
    logLevel: 'error',
  });
  return new Map(result.outputFiles.map((file) => [file.path, file.text]));
}

/** URL path → a file on disk, or undefined for anything outside the served folders. */
function fileFor(urlPath) {
  const roots = [['/cdn/', path.join(packageDir, 'cdn')], ['/shared/', path.join(here, '../shared')], ['/', here]];
  for (const [prefix, dir] of roots) {
    if (!urlPath.startsWith(prefix)) continue;
    const file = path.join(dir, urlPath.slice(prefix.length) || 'index.html');
    return file.startsWith(dir) ? file : undefined;
  }
  return undefined;
}

/** Starts the server; resolves to `{ url, close }`. */
export async function serve(port = 0) {
  const vendor = await bundleAmplify();
  const server = createServer(async (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const type = TYPES[path.extname(urlPath) || '.html'] ?? 'application/octet-stream';
    try {
      const body = vendor.get(urlPath) ?? (await readFile(fileFor(urlPath) ?? '/nonexistent'));
      res.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await serve(Number(process.argv[2] ?? 8080));
  console.log(`plain HTML example: ${url}`);
}
