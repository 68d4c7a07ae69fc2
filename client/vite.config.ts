import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { graphqlDocuments } from './vite/graphql-documents.ts';
import { precompress } from './vite/precompress.ts';

// The API runs on :4000 in development; the browser talks to the same origin for
// both HTTP and WebSocket so the session cookie flows without extra configuration.
export default defineConfig({
  plugins: [graphqlDocuments(), react(), precompress()],
  server: {
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', ws: true },
      '/exports': 'http://127.0.0.1:4000',
      '/documents': 'http://127.0.0.1:4000',
    },
  },
  // Pages come in one chunk per feature (app/router.tsx); the first script is the shell and the login page.
  build: { outDir: 'dist', emptyOutDir: true },
});
