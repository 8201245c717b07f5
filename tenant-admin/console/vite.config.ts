/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The console is served by the platform at /console/; `npm run build` writes it into the module's classes so the
// server jar carries it (META-INF/resources/console). `npm run dev` proxies the API to a server on :8080.
export default defineConfig({
  base: '/console/',
  plugins: [react()],
  build: {
    outDir: process.env.CONSOLE_OUT_DIR ?? '../target/classes/META-INF/resources/console',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // antd's @rc-component packages define components and nothing else at import time, but do not say so in their
      // package.json: declared here, the parts no screen uses (a form validator pulled in by antd's form context) stay
      // out of the first screen's script
      treeshake: { moduleSideEffects: (id: string) => !/node_modules[\\/]@rc-component[\\/]/.test(id) },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
      '/dev': 'http://localhost:8080',
      '/public': 'http://localhost:8080',
      '/console/config.json': 'http://localhost:8080',
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
