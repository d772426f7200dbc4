import { defineConfig } from 'vite';

// Angular in JIT mode: Vite strips the TypeScript (with experimentalDecorators, from
// tsconfig.json) and @angular/compiler compiles the template in the browser. The Angular CLI
// (AOT) works the same way with this component; it is just much heavier to install and run.
export default defineConfig({
  // Amplify v5's CommonJS dependencies read Node's `global` (the production build maps it itself).
  define: { global: 'globalThis' },
});
