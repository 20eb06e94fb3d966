import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'

/** Where flag-icons keeps its 4:3 flags, one SVG per lower-case ISO code. */
const flagsDir = fileURLToPath(new URL('../node_modules/flag-icons/flags/4x3/', import.meta.url))

/** The path the site serves every flag at: `flags/<code>.svg` beside the page. */
export const flagsPath = 'flags/'

/**
 * Every flag as a plain file at `flags/<code>.svg`, served in development and written by the
 * build, so an actor beyond the bundled few gets its flag without any table of addresses in the
 * JavaScript. The article's actors' flags stay imported, so the first paint has them at once.
 */
export function flagFiles(): Plugin {
  const codes = () => readdirSync(flagsDir).filter((file) => /^[a-z-]+\.svg$/.test(file))
  return {
    name: 'flag-files',
    configureServer(server) {
      server.middlewares.use(`/${flagsPath}`, (request, response, next) => {
        const file = (request.url ?? '').replace(/^\//, '').split('?')[0] ?? ''
        if (!codes().includes(file)) return next()
        response.setHeader('Content-Type', 'image/svg+xml')
        response.end(readFileSync(flagsDir + file))
      })
    },
    generateBundle() {
      for (const file of codes()) {
        this.emitFile({
          type: 'asset',
          fileName: `${flagsPath}${file}`,
          source: readFileSync(flagsDir + file),
        })
      }
    },
  }
}
