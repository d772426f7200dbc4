import { defineConfig } from 'vite';

export default defineConfig({
  // Amplify v5's CommonJS dependencies read Node's `global` (the production build maps it itself).
  define: { global: 'globalThis' },
  // JSX through esbuild's automatic runtime: no React plugin needed for a build.
  esbuild: { jsx: 'automatic' },
  // auth-elements is linked from the repository, whose own React is 19: the wrappers must use
  // this app's React 18 (an installed package from the registry would not need this).
  resolve: { dedupe: ['react', 'react-dom'] },
});
