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

const rows = chunks.map((chunk) => {
  const code = readFileSync(path.join(config.output.dir, chunk.fileName));
  return { file: chunk.fileName, min: code.length, gzip: gzipSync(code, { level: 9 }).length };
});
const main = rows.find((row) => row.file === CDN_ENTRY);
rows.sort((a, b) => (a === main ? -1 : b === main ? 1 : a.file.localeCompare(b.file)));

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const width = Math.max(...rows.map((row) => row.file.length), 4);
console.log(`${'file'.padEnd(width)}  ${'min'.padStart(10)}  ${'min+gzip'.padStart(10)}`);
for (const row of rows) {
  console.log(`${row.file.padEnd(width)}  ${kb(row.min).padStart(10)}  ${kb(row.gzip).padStart(10)}`);
}
const verdict = main.gzip <= BUDGET ? 'within' : 'OVER';
console.log(
  `${config.output.dir}/${CDN_ENTRY}: ${main.min} bytes min, ${main.gzip} bytes min+gzip — ${verdict} the ` +
    `${BUDGET}-byte budget (${kb(Math.abs(BUDGET - main.gzip))} ${main.gzip <= BUDGET ? 'to spare' : 'to cut'})`,
);
if (check && main.gzip > BUDGET) {
  console.error(`size: FAIL: ${CDN_ENTRY} is ${main.gzip} bytes min+gzip, over the ${BUDGET}-byte budget.`);
  process.exit(1);
}
