import { defineConfig } from 'vite';

// JSX through esbuild's automatic runtime: no React plugin needed for a build.
export default defineConfig({ esbuild: { jsx: 'automatic' } });
