#!/usr/bin/env node
// Screenshots of the built Storybook (run `npm run build-storybook` first), for people to look
// at: each story light, dark and 360 px wide, after its play function has finished.
// Usage: node scripts/build-screenshots.mjs [--filter text[,text...]] [--out dir]
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../test/support/chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const site = path.join(root, 'storybook-static');
const arg = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const filters = arg('--filter', '').split(',');
const out = path.resolve(root, arg('--out', '.tmp/screenshots'));

if (!existsSync(path.join(site, 'index.json'))) {
  console.error('No storybook-static/: run `npm run build-storybook` first.');
  process.exit(1);
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const server = http.createServer((req, res) => {
  const file = path.join(site, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!file.startsWith(site) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(readFileSync(path.join(site, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && filters.some((text) => entry.id.includes(text)));
const VARIANTS = [
  { name: 'light', globals: 'theme:light', width: 720 },
  { name: 'dark', globals: 'theme:dark', width: 720 },
  { name: 'narrow', globals: 'theme:light', width: 360 },
];

mkdirSync(out, { recursive: true });
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
let failed = 0;
try {
  const page = await browser.newPage();
  for (const story of stories) {
    for (const variant of VARIANTS) {
      await page.setViewport({ width: variant.width, height: 800 });
      await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story&globals=${variant.globals}`);
      // The story is done once Storybook's render (including its play function) has finished.
      const phase = await page
        .waitForFunction(
          () => {
            const current = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
            return ['completed', 'finished', 'errored', 'aborted'].includes(current) && current;
          },
          { timeout: 15000, polling: 100 },
        )
        .then((handle) => handle.jsonValue())
        .catch(() => 'timeout');
      await new Promise((resolve) => setTimeout(resolve, 200));
      const file = path.join(out, `${story.id}--${variant.name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      if (phase !== 'completed' && phase !== 'finished') failed += 1;
      console.log(`${phase.padEnd(9)} ${path.relative(root, file)}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${stories.length * VARIANTS.length - failed} screenshots after a finished story, ${failed} not.`);
