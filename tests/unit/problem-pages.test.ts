import type { Plugin } from 'vite'
import { expect, test } from 'vitest'
import { openApiDocument } from '../../mocks/openapi'
import { problemPages } from '../../mocks/problem-page'
import { problemBody, problemTypeUri, problemTypes } from '../../mocks/problem-types'
import { problemTypePages } from '../../scripts/problem-pages-plugin'

/** The files the build writes for the problem types, by running the plugin's own hook. */
function builtFiles(plugin: Plugin): Map<string, string> {
  const files = new Map<string, string>()
  const hook = plugin.generateBundle
  const run = typeof hook === 'function' ? hook : hook?.handler
  const context = {
    emitFile: (file: { fileName: string; source: string }) => {
      files.set(file.fileName, file.source)
      return file.fileName
    },
  }
  // Only `emitFile` of the plugin context is used; the bundle and options are not read.
  Reflect.apply(run ?? (() => undefined), context, [{}, {}, false])
  return files
}

const documentedStatuses = Object.keys(openApiDocument.components.responses)
  .map((name) => /^Problem(\d+)$/.exec(name)?.[1])
  .flatMap((status) => (status ? [Number(status)] : []))

test('every problem status the document gives has a type of its own, not about:blank', () => {
  expect(documentedStatuses.sort()).toEqual([400, 404, 405, 431, 500])
  for (const status of documentedStatuses) {
    expect(problemTypeUri(status), String(status)).toMatch(/^\/api\/problems\/[a-z-]+$/)
    expect(problemBody(status, 'x').title).toBe(problemTypes[status]?.title)
  }
})

test('the built site has a page at the address of every problem type', () => {
  const files = builtFiles(problemTypePages())
  const addresses = [...files.keys()].map((file) => `/${file.replace(/\.html$/, '')}`)
  expect(addresses.sort()).toEqual(documentedStatuses.map(problemTypeUri).sort())
  for (const status of documentedStatuses) {
    const page = files.get(`${problemTypeUri(status).slice(1)}.html`) ?? ''
    const type = problemTypes[status]
    expect(page).toContain(`<h1>${status} ${type?.title ?? ''}</h1>`)
    // The page shows an answer of its own type, and the API serves the same page.
    expect(page).toContain(`&quot;type&quot;: &quot;${problemTypeUri(status)}&quot;`)
    expect(problemPages.get(type?.slug ?? '')).toBe(page)
  }
})
