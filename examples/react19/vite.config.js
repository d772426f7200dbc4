import { defineConfig } from 'vite';

// JSX through esbuild's automatic runtime: no React plugin needed for a build.
export default defineConfig({
  esbuild: { jsx: 'automatic' },
  // Amplify v5's CommonJS dependencies read Node's `global` (the production build maps it itself).
  define: { global: 'globalThis' },
});
