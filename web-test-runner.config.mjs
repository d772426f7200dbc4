import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { amplifyPrebundle } from './test/support/amplify-prebundle.mjs';
import { cognitoResponder } from './test/support/cognito-responder.mjs';
import { localCognito } from './test/support/local-cognito.mjs';
import { e2eFaultServer } from './test/e2e/fault-server.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { findChrome, CHROME_ARGS } from './test/support/chrome.mjs';

export default {
  files: ['src/**/*.test.ts', 'test/browser/**/*.test.ts', 'test/e2e/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  rootDir: '.',
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_ARGS },
    }),
  ],
  plugins: [
    amplifyPrebundle(),
    cognitoResponder(),
    localCognito(),
    e2eFaultServer(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
  ],
  coverageConfig: {
    include: ['src/core/**/*.ts'],
    exclude: ['src/**/*.test.ts'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
    threshold: { lines: 95 },
  },
  reporters: [defaultReporter(), summaryReporter(process.env.WTR_SUMMARY_FILE)],
};
