import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'
import { flagFiles } from './scripts/flag-files-plugin.ts'
import { inlineCss } from './scripts/inline-css-plugin.ts'
import { prerenderPlugin } from './scripts/prerender/prerender-plugin.ts'
import {
  framingHeadersForAddress,
  headersFile,
  headersForAddress,
} from './hosting/security-headers.ts'
import { problemTypePages } from './scripts/problem-pages-plugin.ts'

/**
 * The security headers, computed from the built page: `vite preview` sends them (framing allowed
 * only for an address the router reads as an embed view), and the build writes them as `_headers`
 * for static hosts that read one. See docs/hosting.md. The development server sends only the
 * framing rule: its page runs inline scripts of Vite's that no build-time hash names.
 */
function securityHeadersPlugin(): Plugin {
  return {
    name: 'security-headers',
    enforce: 'post',
    generateBundle(_, bundle) {
      const html = Object.values(bundle).find((file) => file.fileName === 'index.html')
      if (html?.type !== 'asset' || typeof html.source !== 'string') return
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(html.source) })
    },
    configurePreviewServer(server) {
      const page = fileURLToPath(
        new URL(`${server.config.build.outDir}/index.html`, `file://${server.config.root}/`),
      )
      server.middlewares.use((request, response, next) => {
        const headers = headersForAddress(readFileSync(page, 'utf8'), request.url ?? '/')
        for (const [name, value] of Object.entries(headers)) response.setHeader(name, value)
        next()
      })
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const headers = framingHeadersForAddress(request.url ?? '/')
        for (const [name, value] of Object.entries(headers)) response.setHeader(name, value)
        next()
      })
    },
  }
}

export default defineConfig({
  plugins: [
    react(),
    inlineCss(),
    securityHeadersPlugin(),
    prerenderPlugin(),
    flagFiles(),
    problemTypePages(),
  ],
  resolve: {
    alias: {
      'tough-cookie': fileURLToPath(new URL('mocks/serve/no-cookie-jar.ts', import.meta.url)),
    },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
    // Flags are files the browser fetches beside the script, not text inside the first paint's
    // JavaScript; the chart downloads read them back as data when they draw a file.
    assetsInlineLimit: (file) => (file.includes('flag-icons') ? false : undefined),
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The filters that the page and the lazily loaded mock API share would otherwise each be
          // a chunk of their own on the first paint; one chunk compresses better. The schemas stay
          // out of it: they load with the first answer the page asks for.
          groups: [{ name: 'shared', test: /src[\\/]lib[\\/]statements[\\/]/ }],
        },
      },
    },
  },
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
