// Stories as tests: every story renders in headless Chromium, runs its play function, then the
// accessibility check (a11y.test = 'error' in preview.ts). `npm run test:stories`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROME_ARGS, findChrome } from '../test/support/chrome.mjs';

const configDir = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: path.resolve(configDir, '..'),
  cacheDir: path.resolve(configDir, '../node_modules/.vite-stories'),
  // Live stories need the local Cognito server; `npm test` runs the fake-backed ones only.
  plugins: [storybookTest({ configDir, tags: { exclude: ['live'] } })],
  test: {
    name: 'storybook',
    testTimeout: 15000,
    // Two cores are shared: one browser page at a time keeps timings honest.
    fileParallelism: false,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath: findChrome(), args: CHROME_ARGS } }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
