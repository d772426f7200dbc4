// Amplify v5 (and jsqr, the QR decoder the MFA tests use) ship CommonJS the dev server cannot
// serve as ES modules, so the test server pre-bundles them once with esbuild. Splitting keeps one shared @aws-amplify/core
// instance across the entry points (one Hub, one config).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ENTRIES = { '@aws-amplify/auth': 'auth', '@aws-amplify/core': 'core', jsqr: 'jsqr' };
const PREFIX = '/__amplify/';

export function amplifyPrebundle() {
  let files;
  const bundle = async () => {
    const result = await build({
      absWorkingDir: root,
      entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([spec, name]) => [name, spec])),
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2020',
      define: { global: 'globalThis' },
      outdir: path.join(root, '.tmp/amplify'),
      write: false,
      logLevel: 'error',
    });
    return new Map(result.outputFiles.map((f) => ['/' + path.basename(f.path), f.text]));
  };
  return {
    name: 'amplify-prebundle',
    async serverStart() {
      files = bundle();
      await files;
    },
    resolveImport({ source }) {
      if (source in ENTRIES) return `${PREFIX}${ENTRIES[source]}.js`;
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const body = (await files).get(context.path.slice(PREFIX.length - 1));
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
