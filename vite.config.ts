import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

/**
 * The web app: root src/web, built into dist/web, which `mieruka serve` serves with an
 * index.html fallback for client routes. In development the API is proxied to a running server
 * (MIERUKA_API, default http://127.0.0.1:3000).
 */
export default defineConfig({
  root,
  plugins: [react()],
  build: { outDir, emptyOutDir: true, target: 'es2022' },
  server: {
    proxy: { '/api': process.env['MIERUKA_API'] ?? 'http://127.0.0.1:3000' },
  },
});
