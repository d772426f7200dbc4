import { defineConfig } from 'vite';

export default defineConfig({
  // JSX through esbuild's automatic runtime: no React plugin needed for a build.
  esbuild: { jsx: 'automatic' },
  // auth-elements is linked from the repository, whose own React is 19: the wrappers must use
  // this app's React 18 (an installed package from the registry would not need this).
  resolve: { dedupe: ['react', 'react-dom'] },
});
