#!/usr/bin/env node
// Builds the CDN bundle (rollup.config.mjs) and prints each file's minified and min+gzip size.
// `--check`: exits non-zero when the main bundle is over budget (locale chunks do not count:
// a page loads at most one of them, and only when it asks for that language).
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import config, { CDN_ENTRY } from '../rollup.config.mjs';

const BUDGET = 20 * 1024; // bytes, min+gzip, main bundle
const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const check = process.argv.includes('--check');

async function build() {
  rmSync(config.output.dir, { recursive: true, force: true });
  const bundle = await rollup(config);
  try {
    const { output } = await bundle.write(config.output);
    return output.filter((item) => item.type === 'chunk');
  } finally {
    await bundle.close();
  }
}

let chunks;
try {
  chunks = await build();
} catch (error) {
  console.error(`size: the CDN bundle did not build: ${error.message}`);
  process.exit(1);
}

// The budget covers what a page downloads before anything renders: the entry and every chunk
// it imports statically. Dynamic imports (locales, the Amplify adapter) load later, if at all.
const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
const eager = new Set();
const visit = (name) => {
  if (eager.has(name) || !byName.has(name)) return;
  eager.add(name);
  byName.get(name).imports.forEach(visit);
};
visit(CDN_ENTRY);

const rows = chunks.map((chunk) => {
  const code = readFileSync(path.join(config.output.dir, chunk.fileName));
  const load = chunk.fileName === CDN_ENTRY ? 'entry' : eager.has(chunk.fileName) ? 'static' : 'lazy';
  return { file: chunk.fileName, load, min: code.length, gzip: gzipSync(code, { level: 9 }).length };
});
const order = { entry: 0, static: 1, lazy: 2 };
rows.sort((a, b) => order[a.load] - order[b.load] || a.file.localeCompare(b.file));
const budgeted = rows.filter((row) => row.load !== 'lazy');
const total = (key) => budgeted.reduce((sum, row) => sum + row[key], 0);
const min = total('min');
const gzip = total('gzip');

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const width = Math.max(...rows.map((row) => row.file.length), 4);
const line = (file, load, a, b) => `${file.padEnd(width)}  ${load.padEnd(6)}  ${a.padStart(10)}  ${b.padStart(10)}`;
console.log(line('file', 'load', 'min', 'min+gzip'));
for (const row of rows) console.log(line(row.file, row.load, kb(row.min), kb(row.gzip)));
const within = gzip <= BUDGET;
console.log(
  `main bundle (${budgeted.map((row) => row.file).join(' + ')}): ${min} bytes min, ${gzip} bytes min+gzip — ` +
    `${within ? 'within' : 'OVER'} the ${BUDGET}-byte budget (${Math.abs(BUDGET - gzip)} bytes ${within ? 'to spare' : 'too many'})`,
);
if (check && !within) {
  console.error(`size: FAIL: the main bundle is ${gzip} bytes min+gzip, over the ${BUDGET}-byte (20 KB) budget.`);
  process.exit(1);
}
