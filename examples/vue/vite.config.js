import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  // Amplify v5's CommonJS dependencies read Node's `global` (the production build maps it itself).
  define: { global: 'globalThis' },
  plugins: [
    // Tags starting with `auth-` are custom elements, not Vue components.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('auth-') } } }),
  ],
});
