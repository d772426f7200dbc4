import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Autodocs read custom-elements.json (a build artefact, gitignored): regenerate it whenever
// Storybook (dev, build or the Vitest story runner) starts, so the docs match the sources.
const analyzed = spawnSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet'], {
  cwd: root,
  stdio: 'inherit',
});
if (analyzed.status !== 0) throw new Error('custom-elements.json: the analyzer failed (see above).');

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Stories beside each element; stories/ holds cross-element ones (stories/live/: against the
  // local Cognito server, added by the live-stories work).
  stories: ['../src/**/*.stories.ts', '../stories/**/*.stories.ts', '../stories/**/*.mdx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    // Amplify's `buffer` reads `global`; Storybook's page defines it, Vitest's page does not.
    // One Lit for stories and elements (two copies break `instanceof` and double the warnings).
    return {
      ...viteConfig,
      define: { ...viteConfig.define, global: 'globalThis' },
      resolve: { ...viteConfig.resolve, dedupe: ['lit', 'lit-html', '@lit/reactive-element'] },
      // Pre-bundled up front: discovering them mid-run makes Vite reload the page under a test.
      optimizeDeps: {
        ...viteConfig.optimizeDeps,
        include: [
          ...(viteConfig.optimizeDeps?.include ?? []),
          'lit', 'lit/decorators.js', 'lit/directives/if-defined.js',
          'lit/directives/ref.js', 'lean-qr/nano',
        ],
      },
    };
  },
};

export default config;
