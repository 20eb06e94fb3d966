import { readFile, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, type Plugin, type ResolvedConfig } from 'vite'
import { z } from 'zod'
import { headersFile } from '../security-headers.ts'

/** Where the page's start-up finds the prerendered parts; index.html holds each marker once. */
export const markers = {
  // The whole of #root, so that nothing but the prerendered page is left in it to hydrate.
  dashboard:
    /<div id="root">\s*<!--prerender:dashboard-->[\s\S]*<!--\/prerender:dashboard-->\s*<\/div>/,
  method: '<!--prerender:method-->',
  state: '<!--prerender:state-->',
} as const

const serverOutDir = 'node_modules/.cache/prerender'

const moduleSchema = z.object({
  renderPages: z.custom<() => Promise<unknown>>((value) => typeof value === 'function'),
})
const renderedSchema = z.object({
  pages: z.object({ dashboard: z.string(), method: z.string() }),
  state: z.string(),
})

/** Puts the prerendered pages and their data into the built page, at the markers. */
export function fillPage(
  html: string,
  parts: { dashboard: string; method: string; state: string },
): string {
  if (
    !markers.dashboard.test(html) ||
    !html.includes(markers.method) ||
    !html.includes(markers.state)
  )
    throw new Error(
      'index.html lacks a prerender marker; see scripts/prerender/prerender-plugin.ts',
    )
  // React puts the preloads of a page's images (the flags) before the page; they belong in the
  // head, where the browser finds them first and hydration does not meet them.
  const preloads = new Set<string>()
  const body = (page: string) =>
    page.replace(/^(?:<link rel="preload"[^>]*>)+/, (links) => {
      for (const link of links.match(/<link[^>]*>/g) ?? []) preloads.add(link)
      return ''
    })
  const dashboard = body(parts.dashboard)
  const method = body(parts.method)
  return (
    html
      .replace('</head>', () => `${[...preloads].join('')}</head>`)
      .replace(markers.dashboard, () => `<div id="root">${dashboard}</div>`)
      // The method page waits in a template, inert and out of the document, until the address asks
      // for it (see index.html).
      .replace(markers.method, () => method)
      .replace(
        markers.state,
        () => `<script type="application/json" id="prerendered-state">${parts.state}</script>`,
      )
  )
}

/**
 * After the browser build: builds scripts/prerender/render-pages.tsx for Node with the same
 * configuration (so asset URLs, such as the flags, match the browser build's), renders the
 * dashboard and the method page with it, and writes them with their data into dist/index.html.
 * The security headers are computed again from the page that is now served.
 */
export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig | undefined
  return {
    name: 'prerender',
    apply: (_, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(resolved) {
      config = resolved
    },
    async closeBundle() {
      if (!config) return
      const outDir = resolve(config.root, config.build.outDir)
      const serverDir = resolve(config.root, serverOutDir)
      await build({
        root: config.root,
        logLevel: 'warn',
        build: {
          ssr: resolve(config.root, 'scripts/prerender/render-pages.tsx'),
          outDir: serverDir,
          emptyOutDir: true,
          sourcemap: false,
          manifest: false,
          copyPublicDir: false,
        },
      })
      const entry = pathToFileURL(join(serverDir, 'render-pages.js'))
      // A second build in the same process (the Lighthouse script) must not reuse the first.
      entry.searchParams.set('build', String(Date.now()))
      const { renderPages } = moduleSchema.parse(await import(entry.href))
      const parts = renderedSchema.parse(await renderPages())
      const page = join(outDir, 'index.html')
      const html = fillPage(await readFile(page, 'utf8'), { ...parts.pages, state: parts.state })
      await writeFile(page, html)
      await writeFile(join(outDir, '_headers'), headersFile(html))
      await rm(serverDir, { recursive: true, force: true })
    },
  }
}
