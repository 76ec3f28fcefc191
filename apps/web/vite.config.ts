import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

// In development the API runs separately; in production the server serves dist/ itself,
// so the UI always calls the API on its own origin.
const apiOrigin = 'http://127.0.0.1:3000';
const apiPaths = ['/v1', '/healthz', '/readyz', '/docs'];

export default defineConfig({
  plugins: [react(), tailwindcss()],
  server: {
    // No changeOrigin: the server compares Origin with Host to reject cross-site writes.
    proxy: Object.fromEntries(apiPaths.map((path) => [path, { target: apiOrigin }])),
  },
  build: { outDir: 'dist' },
});
