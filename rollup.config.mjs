// The single-file CDN bundle: every element, lit included, minified; Amplify stays external
// (the page brings its own, configured once). Locale dictionaries other than English are
// dynamic imports, so Rollup emits them as separate chunks loaded only when a page asks.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transform } from 'esbuild';
import { minifyHTMLLiterals } from 'minify-literals';

/** Main entry's file name inside `cdn/`; scripts/size.mjs budgets exactly this file. */
export const CDN_ENTRY = 'auth-elements.js';

/**
 * TypeScript through esbuild (type-checking is tsc's job in `build` and `lint`). Sources import
 * `./x.js` for `./x.ts`, as tsc wants, so relative `.js` specifiers resolve to the `.ts` file.
 */
function typescript() {
  return {
    name: 'esbuild-typescript',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const candidate = path.resolve(path.dirname(importer), source.replace(/\.js$/, '.ts'));
      return existsSync(candidate) ? candidate : null;
    },
    async load(id) {
      if (!id.endsWith('.ts')) return null;
      const result = await transform(await readFile(id, 'utf8'), {
        loader: 'ts',
        format: 'esm',
        target: 'es2022',
        sourcefile: id,
        sourcemap: true,
        // Mirrors tsconfig.json: Lit's legacy decorators need these two.
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
      });
      return { code: result.code, map: result.map };
    },
  };
}

/**
 * Lit's `html`, `svg` and `css` templates in our sources minified by minify-literals
 * (html-minifier-next and Lightning CSS, placeholders for the bindings): same DOM and styles,
 * fewer bytes.
 */
function minifyTemplates() {
  return {
    name: 'minify-templates',
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id, html: { removeAttributeQuotes: true } });
      return result && { code: result.code, map: result.map };
    },
  };
}

/**
 * The locale table of src/i18n (one `code: () => import('./chunks/<file>.js')` per locale, the
 * static form bundlers need to split dist/ per locale) rebuilt in the CDN entry from a list of
 * codes: CDN chunk names carry no hash, so the list names each file. Same keys, same chunks;
 * ~0.1 KB gzip less. Line breaks stay, so the source map (`map: null`) still holds.
 */
export function compactLocaleTable(code) {
  const loader = /(\w+|"[\w-]+"): \(\) => import\('\.\/chunks\/([\w-]+)\.js'\)/;
  const table = new RegExp(`\\{(?:\\s*(?://.*)?\\n\\s*${loader.source},?)+\\s*\\}`).exec(code);
  if (!table) return null;
  const entries = [...table[0].matchAll(new RegExp(loader.source, 'g'))].map(([, key, file]) => {
    const locale = key.replaceAll('"', '');
    return locale === file ? file : `${locale}:${file}`;
  });
  const compact = `Object.fromEntries(${JSON.stringify(entries.join(' '))}.split(' ').map((entry) => {
    const [code, file = code] = entry.split(':');
    return [code, () => import(\`./chunks/\${file}.js\`)];
  }))`;
  const lines = table[0].split('\n').length - compact.split('\n').length;
  return code.slice(0, table.index) + compact + '\n'.repeat(Math.max(lines, 0)) + code.slice(table.index + table[0].length);
}

export default {
  input: 'src/index.ts',
  // The entry may export more than src/index.ts does (bindings its lazy chunks import), so the
  // main code sits in auth-elements.js itself instead of behind a re-exporting facade.
  preserveEntrySignatures: 'allow-extension',
  external: (id) => id.startsWith('@aws-amplify/') || id === 'aws-amplify',
  plugins: [
    typescript(),
    minifyTemplates(),
    nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
    {
      name: 'compact-locale-table',
      renderChunk(code, chunk) {
        if (!chunk.isEntry) return null;
        const compacted = compactLocaleTable(code);
        if (!compacted) this.warn('no locale table found in the entry: its static form stays');
        return compacted && { code: compacted, map: null };
      },
    },
    {
      // esbuild's renaming first: it names `#private` members per class (`#a`, `#b`... in each),
      // where terser gives every member of the bundle its own name (`#t` ... `#U`); the reused
      // names leave gzip more repeats (~75 B of the entry).
      name: 'esbuild-rename',
      async renderChunk(code) {
        const result = await transform(code, { minifyIdentifiers: true, format: 'esm', target: 'es2022', sourcemap: true });
        return { code: result.code, map: result.map };
      },
    },
    terser({
      ecma: 2022,
      module: true,
      // Both hold for this code and lit: nothing reads a property for a side effect, and
      // `unsafe`'s rewrites here (`String(x)` → `x+""`, templates of strings → `+`, a property
      // of a never-mutated const object inlined) give the same values.
      // keep_fargs: false drops unused trailing parameters; nothing here or in lit reads a
      // function's `length`.
      compress: { passes: 2, pure_getters: true, unsafe: true, keep_fargs: false },
      format: { comments: false },
    }),
  ],
  output: {
    dir: 'cdn',
    format: 'es',
    entryFileNames: CDN_ENTRY,
    // No content hash: the entry names every lazy chunk (26 locales...), and random hashes are
    // the one thing gzip cannot shrink (~0.3 KB of the budget). Serve cdn/ from a versioned path
    // (as npm CDNs do): auth-elements.js is not hashed either, so that is needed anyway.
    chunkFileNames: 'chunks/[name].js',
    sourcemap: true,
  },
  onwarn(warning, warn) {
    // A bare import that does not resolve would silently leave lit out of the bundle.
    if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
    warn(warning);
  },
};
