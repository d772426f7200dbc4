#!/usr/bin/env node
// Builds the CDN bundle (rollup.config.mjs) and prints each file's minified and min+gzip size.
// Two measures of the 20 KB budget (issue 3):
// - the entry, auth-elements.js: what every page loads before anything renders. Enforced.
// - everything the kit can load: the entry and every chunk, static or lazy (the Amplify flow,
//   QR encoder, dial codes, brand marks, custom fields), except the non-English locale chunks (a
//   page loads at most one of them, and only when it asks for that language). Not met yet, so
//   only a regression ceiling is enforced until ENFORCE_BUDGET is flipped.
// `--check`: exits non-zero when the entry is over the budget, or the total over the ceiling.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import config, { CDN_ENTRY } from '../rollup.config.mjs';

const BUDGET = 20 * 1024; // bytes, min+gzip
// The total is over BUDGET (see the closing notes on issues 3 and 5); until it is within, it may
// not grow past this ceiling. Lower it whenever the total shrinks; flip ENFORCE_BUDGET when <= BUDGET.
const CEILING = 28_544;
const ENFORCE_BUDGET = false;
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

const isForeignLocale = (chunk) => {
  const source = chunk.facadeModuleId?.replaceAll('\\', '/') ?? '';
  return /\/src\/i18n\/locales\/[^/]+\.ts$/.test(source) && !source.endsWith('/en.ts');
};

const rows = chunks.map((chunk) => {
  const code = readFileSync(path.join(config.output.dir, chunk.fileName));
  const load = chunk.fileName === CDN_ENTRY ? 'entry' : isForeignLocale(chunk) ? 'locale' : 'chunk';
  return { file: chunk.fileName, load, min: code.length, gzip: gzipSync(code, { level: 9 }).length };
});
const order = { entry: 0, chunk: 1, locale: 2 };
rows.sort((a, b) => order[a.load] - order[b.load] || a.file.localeCompare(b.file));
const budgeted = rows.filter((row) => row.load !== 'locale');
const total = (key) => budgeted.reduce((sum, row) => sum + row[key], 0);
const min = total('min');
const gzip = total('gzip');

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const width = Math.max(...rows.map((row) => row.file.length), 4);
const line = (file, load, a, b) => `${file.padEnd(width)}  ${load.padEnd(6)}  ${a.padStart(10)}  ${b.padStart(10)}`;
console.log(line('file', 'load', 'min', 'min+gzip'));
for (const row of rows) console.log(line(row.file, row.load, kb(row.min), kb(row.gzip)));
const entry = rows.find((row) => row.load === 'entry');
console.log(
  `entry (${entry.file}) alone: ${entry.min} bytes min, ${entry.gzip} bytes min+gzip — ` +
    `${entry.gzip <= BUDGET ? 'within' : 'OVER'} the ${BUDGET}-byte budget (${Math.abs(BUDGET - entry.gzip)} bytes ${entry.gzip <= BUDGET ? 'to spare' : 'too many'})`,
);
const within = gzip <= BUDGET;
console.log(
  `everything but non-English locales (${budgeted.length} files): ${min} bytes min, ${gzip} bytes min+gzip — ` +
    `${within ? 'within' : 'OVER'} the ${BUDGET}-byte budget (${Math.abs(BUDGET - gzip)} bytes ${within ? 'to spare' : 'too many'})`,
);
if (check && entry.gzip > BUDGET) {
  console.error(`size: FAIL: the entry is ${entry.gzip} bytes min+gzip, over the ${BUDGET}-byte (20 KB) budget.`);
  process.exit(1);
}
if (check && gzip > CEILING) {
  console.error(`size: FAIL: ${gzip} bytes min+gzip, over the ${CEILING}-byte regression ceiling.`);
  process.exit(1);
}
if (check && ENFORCE_BUDGET && !within) {
  console.error(`size: FAIL: ${gzip} bytes min+gzip, over the ${BUDGET}-byte (20 KB) budget.`);
  process.exit(1);
}
if (check && !within) console.log(`size: the entry is within 20 KB; everything is NOT yet, and the ${CEILING}-byte ceiling holds.`);
