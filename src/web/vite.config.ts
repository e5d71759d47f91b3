// Builds the console (this folder) into dist/web, which Herald serves at `/`
// (src/http/routes/console.ts). `npx vite --config src/web/vite.config.ts` runs it with hot reload
// against a Herald started with `npm start` on port 3000.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const herald = process.env.HERALD_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    rollupOptions: {
      output: {
        // React changes less often than our code: its own chunk stays cached across releases.
        manualChunks: (id) => (/node_modules\/(react|react-dom|scheduler)\//.test(id) ? 'react' : undefined),
      },
    },
  },
  server: {
    proxy: Object.fromEntries(
      ['/api', '/v1.0', '/status', '/docs', '/openapi.json'].map((p) => [p, { target: herald }]),
    ),
  },
});
