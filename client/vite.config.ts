import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API runs on :4000 in development; the browser talks to the same origin for
// both HTTP and WebSocket so the session cookie flows without extra configuration.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', ws: true },
      '/exports': 'http://127.0.0.1:4000',
    },
  },
  build: { outDir: 'dist', emptyOutDir: true },
});
