import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [svelte()],
  // Amplify v5's CommonJS dependencies read Node's `global` (the production build maps it itself).
  define: { global: 'globalThis' },
});
