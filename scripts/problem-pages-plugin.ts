import type { Plugin } from 'vite'
import { problemPages } from '../mocks/problem-page.ts'
import { problemsPath } from '../mocks/problem-types.ts'

/**
 * The page of each problem type as a file of the site, `api/problems/<slug>.html`, which static
 * hosts (and `vite preview`) serve at `/api/problems/<slug>`: the address an error's `type` gives.
 * The page's own mock API answers the same address with the same page, and `npm run api` does too;
 * this covers a reader who follows the link from a copied error, where no mock API runs.
 */
export function problemTypePages(): Plugin {
  return {
    name: 'problem-type-pages',
    configureServer(server) {
      server.middlewares.use(problemsPath, (request, response, next) => {
        const slug = (request.url ?? '').replace(/^\//, '').split('?')[0] ?? ''
        const page = problemPages.get(slug)
        if (!page) return next()
        response.setHeader('Content-Type', 'text/html; charset=utf-8')
        response.end(page)
      })
    },
    generateBundle() {
      for (const [slug, page] of problemPages)
        this.emitFile({
          type: 'asset',
          fileName: `${problemsPath.slice(1)}/${slug}.html`,
          source: page,
        })
    },
  }
}
