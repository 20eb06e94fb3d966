import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { inlineCss } from './scripts/inline-css-plugin.ts'

export default defineConfig({
  plugins: [react(), inlineCss()],
  resolve: {
    alias: {
      'tough-cookie': fileURLToPath(new URL('mocks/serve/no-cookie-jar.ts', import.meta.url)),
    },
  },
  build: { target: 'es2022', sourcemap: true, manifest: true },
  test: {
    restoreMocks: true,
    projects: [
      {
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup.ts'],
          // Each integration test renders the whole app with its lazy chunks; on a shared 2-core
          // machine that can take longer than vitest's 5 s default without anything being wrong.
          testTimeout: 20_000,
        },
      },
      {
        // The HTTP server is tested over real sockets, so msw must not intercept here.
        test: { name: 'http', environment: 'node', include: ['tests/http/**/*.test.ts'] },
      },
    ],
  },
})
