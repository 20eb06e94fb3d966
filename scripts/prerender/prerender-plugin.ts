import { createHash } from 'node:crypto'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, type Plugin, type ResolvedConfig } from 'vite'
import { z } from 'zod'
import { headersFile } from '../../hosting/security-headers.ts'
import { prerenderedStateId } from '../../src/app/prerendered-state.ts'

/** Where the page's start-up finds the prerendered parts; index.html holds each marker once. */
export const markers = {
  // The whole of #root, so that nothing but the prerendered page is left in it to hydrate.
  dashboard:
    /<div id="root">\s*<!--prerender:dashboard-->[\s\S]*<!--\/prerender:dashboard-->\s*<\/div>/,
  method: '<!--prerender:method-->',
  'embed-cards': '<!--prerender:embed-cards-->',
  state: '<!--prerender:state-->',
} as const

/** The pages that wait in a `<template>` until their address asks for them (see index.html). */
const templatePages = ['method', 'embed-cards'] as const
type Pages = Record<'dashboard' | (typeof templatePages)[number], string>

const serverOutDir = 'node_modules/.cache/prerender'

const moduleSchema = z.object({
  renderPages: z.custom<() => Promise<unknown>>((value) => typeof value === 'function'),
})
const pagesSchema = z.object({
  dashboard: z.string(),
  method: z.string(),
  'embed-cards': z.string(),
})
const renderedSchema = z.object({ pages: pagesSchema, states: pagesSchema })

/** Puts the prerendered pages and their data into the built page, at the markers. */
export function fillPage(
  html: string,
  parts: Pages & { states: Pages; fetched?: Partial<Pages> },
): string {
  if (
    !markers.dashboard.test(html) ||
    templatePages.some((page) => !html.includes(markers[page])) ||
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
  // The other pages wait in a template, inert and out of the document, until the address asks for
  // them (see index.html).
  const filled = templatePages.reduce(
    (page, name) => page.replace(markers[name], () => body(parts[name])),
    html.replace(markers.dashboard, () => `<div id="root">${dashboard}</div>`),
  )
  return filled
    .replace('</head>', () => `${[...preloads].join('')}</head>`)
    .replace(
      markers.state,
      // Each page's data apart: the page reads only its own (see src/app/prerendered-state.ts).
      () =>
        (['dashboard', ...templatePages] as const)
          // A page whose data is the dashboard's reads the dashboard's (the cards' embed does).
          .filter((name) => name === 'dashboard' || parts.states[name] !== parts.states.dashboard)
          .map((name) => {
            const src = parts.fetched?.[name]
            // A page whose data is a file of its own names it; the page fetches it (main.tsx).
            return src
              ? `<script type="application/json" id="${prerenderedStateId(name)}" data-src="${src}"></script>`
              : `<script type="application/json" id="${prerenderedStateId(name)}">${parts.states[name]}</script>`
          })
          .join(''),
    )
}

const entryScript = /<script type="module" crossorigin src="([^"]+)"><\/script>/
const modulePreload = /<link rel="modulepreload" crossorigin href="([^"]+)">/g

/**
 * The page's own start-up script, run at the end of the body: it adds the app's module script. A
 * prerendered page (the dashboard, the method page, the cards' embed) is readable without it, so
 * it is fetched once the page has painted and never competes with its first bytes and first layout
 * on a slow phone; the browser then finds the module's imports in it, as preloading them from here
 * would cost more main-thread time than it saves (each added link starts a fetch). A page held
 * hidden until the app renders it (any other address) has nothing to paint first: it fetches the
 * module and its imports (`preloads`) at once, side by side.
 */
function moduleLoader(entry: string, preloads: string[]): string {
  return `
      {
        const load = (preloading) => {
          if (document.querySelector('script[data-app]')) return
          for (const href of preloading ? ${JSON.stringify(preloads)} : []) {
            const link = document.createElement('link')
            link.rel = 'modulepreload'
            link.crossOrigin = ''
            link.href = href
            document.head.append(link)
          }
          const script = document.createElement('script')
          script.type = 'module'
          script.crossOrigin = ''
          script.src = ${JSON.stringify(entry)}
          script.dataset.app = ''
          document.head.append(script)
        }
        const painting =
          !('hold' in document.documentElement.dataset) &&
          document.visibilityState === 'visible' &&
          (PerformanceObserver.supportedEntryTypes || []).includes('paint')
        if (!painting) load(true)
        else {
          new PerformanceObserver((list, observer) => {
            if (list.getEntriesByName('first-contentful-paint').length === 0) return
            observer.disconnect()
            load(false)
          }).observe({ type: 'paint', buffered: true })
          // A page that never reports its paint still starts.
          setTimeout(() => load(false), 2000)
        }
      }
    `
}

/** Replaces the build's module script and its preloads by `moduleLoader`, at the end of the body. */
export function deferModules(html: string): string {
  const entry = entryScript.exec(html)?.[1]
  if (!entry) throw new Error('index.html has no module script to load')
  const preloads = [...html.matchAll(modulePreload)].map(([, href = '']) => href)
  return html
    .replace(entryScript, '')
    .replace(modulePreload, '')
    .replace('</body>', () => `<script>${moduleLoader(entry, preloads)}</script></body>`)
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
      // A directory of its own per build: a second build in the same process (the Lighthouse
      // script) must not reuse the modules of the first, and the lazily loaded parts must import
      // the very modules the page does, so no address may tell them apart.
      const serverDir = resolve(config.root, serverOutDir, String(Date.now()))
      try {
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
        const { renderPages } = moduleSchema.parse(await import(entry.href))
        const parts = renderedSchema.parse(await renderPages())
        const page = join(outDir, 'index.html')
        // The method page's data (every dataset version its changelog compares) is a file of its
        // own, fetched only by the method page: in the page it would be most of what every
        // address downloads before its first paint.
        const methodFile = `assets/method-state-${createHash('sha256').update(parts.states.method).digest('hex').slice(0, 12)}.json`
        await writeFile(join(outDir, methodFile), parts.states.method)
        const html = deferModules(
          fillPage(await readFile(page, 'utf8'), {
            ...parts.pages,
            states: parts.states,
            fetched: { method: `${config.base}${methodFile}` },
          }),
        )
        await writeFile(page, html)
        await writeFile(join(outDir, '_headers'), headersFile(html))
      } finally {
        await rm(serverDir, { recursive: true, force: true })
      }
    },
  }
}
