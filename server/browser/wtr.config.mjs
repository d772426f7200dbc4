// Runs server/browser/*.browser-test.ts: real Amplify v5 Auth in headless Chromium against the
// local Cognito server (started by the localCognito plugin). Driven by amplify-browser.test.mjs.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { amplifyPrebundle } from '../../test/support/amplify-prebundle.mjs';
import { CHROME_ARGS, findChrome } from '../../test/support/chrome.mjs';
import { localCognito } from '../../test/support/local-cognito.mjs';

export default {
  rootDir: '.',
  files: ['server/browser/*.browser-test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 120000,
  browsers: [chromeLauncher({ launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_ARGS } })],
  plugins: [amplifyPrebundle(), esbuildPlugin({ ts: true, target: 'es2022' }), localCognito()],
};
