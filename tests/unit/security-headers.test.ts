import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { embedQueryPattern } from '../../hosting/embed-query'
import {
  framingHeadersForAddress,
  headersFile,
  headersForAddress,
  inlineScriptHashes,
} from '../../hosting/security-headers'
import { deferModules } from '../../scripts/prerender/prerender-plugin'
import { embedUrl, type EmbedKind } from '../../src/features/embed/embed-code'
import { isEmbedAddress } from '../../src/lib/url-state/embed-address'
import { chartIds } from '../../src/lib/url-state/view-state'
import { embeds, notEmbeds } from './embed-address-fixtures'

const root = resolve(import.meta.dirname, '../..')
const read = (path: string) => readFileSync(resolve(root, path), 'utf8')
/** index.html as the build serves it: the module script replaced by the page's own loader. */
const builtPage = deferModules(
  read('index.html').replace(
    /<script type="module" src="[^"]+"><\/script>/,
    '<script type="module" crossorigin src="/assets/index.js"></script>',
  ),
)
const hosting = read('docs/hosting.md')

test.each(notEmbeds)(
  '%j may not be framed: frame-ancestors none and X-Frame-Options',
  (address) => {
    const headers = headersForAddress(builtPage, address)
    expect(headers['Content-Security-Policy']).toMatch(/; frame-ancestors 'none'$/)
    expect(headers['X-Frame-Options']).toBe('DENY')
    expect(framingHeadersForAddress(address)).toEqual({
      'Content-Security-Policy': "frame-ancestors 'none'",
      'X-Frame-Options': 'DENY',
    })
  },
)

test.each(embeds)('%j may be framed by any site', (address) => {
  const headers = headersForAddress(builtPage, address)
  expect(headers['Content-Security-Policy']).toMatch(/; frame-ancestors \*$/)
  expect(headers).not.toHaveProperty('X-Frame-Options')
  expect(framingHeadersForAddress(address)).toEqual({
    'Content-Security-Policy': 'frame-ancestors *',
  })
})

test('every page runs under Trusted Types, with the policies the page creates', () => {
  const policy = headersForAddress(builtPage, '/')['Content-Security-Policy'] ?? ''
  expect(policy).toContain("require-trusted-types-for 'script'")
  const allowed = /trusted-types ([^;]+)/.exec(policy)?.[1]?.split(' ') ?? []
  const created = [
    ...read('index.html').matchAll(/createPolicy\('([\w-]+)'/g),
    ...read('src/lib/trusted-types.ts').matchAll(/inertHtmlPolicy = '([\w-]+)'/g),
  ].map(([, name]) => name)
  expect(created.length).toBe(2)
  expect(allowed.toSorted()).toEqual(created.toSorted())
})

/**
 * Netlify's and Cloudflare's reading of a rule's path, as their documentation and Netlify's own
 * parser give it: `:name` is one segment, never empty; `*` is anything.
 */
const ruleMatches = (rule: string, path: string) => {
  const parts = rule.split('/').filter(Boolean)
  if (parts.length === 0) return path === '/'
  const pattern = parts
    .map((part) =>
      part === '*' ? '/?.*' : part.startsWith(':') ? '/[^/]+/?' : `/${part.replace(/\./g, '\\.')}`,
    )
    .join('')
  return new RegExp(`^${pattern}$`).test(path)
}

test('the _headers file frames only the page’s address, and no path gets both rules', () => {
  const rules = headersFile(builtPage)
    .split(/\n(?=\/)/)
    .map((block) => {
      const [path = '', ...lines] = block.trim().split('\n')
      return { path, headers: lines.map((line) => line.trim()).join('\n') }
    })
  const [page, ...others] = rules.filter((rule) => ruleMatches(rule.path, '/'))
  expect(others).toEqual([])
  expect(page?.headers).toMatch(/frame-ancestors \*$/m)
  expect(page?.headers).not.toContain('X-Frame-Options')
  // A host sends every rule that matches: each one here must refuse framing.
  for (const path of ['/index.html', '/assets/index-a1.js', '/flags/am.svg', '/robots.txt']) {
    const matching = rules.filter((rule) => ruleMatches(rule.path, path))
    expect(matching.length, path).toBeGreaterThan(0)
    for (const rule of matching) {
      expect(rule.headers, path).toMatch(/frame-ancestors 'none'$/m)
      expect(rule.headers, path).toContain('X-Frame-Options: DENY')
    }
  }
})

const queryOf = (address: string) => new URL(address, 'http://host.test/').search.slice(1)
const serverFrames = (address: string) => new RegExp(embedQueryPattern).test(queryOf(address))

test.each(notEmbeds)('nginx and Apache do not frame %j', (address) => {
  expect(serverFrames(address)).toBe(false)
})

test('nginx and Apache frame every embed the embed code writes', () => {
  const kinds: EmbedKind[] = [
    'cards',
    'compare',
    ...chartIds.map((chart) => `chart:${chart}` as const),
    'card:armenia',
  ]
  for (const kind of kinds)
    for (const theme of ['system', 'dark'] as const) {
      const address = embedUrl('http://host.test/?stance=condemns&q=cease+fire&view=method', kind, {
        frozenVersion: kind === 'cards' ? '2026-11-27.1' : null,
        theme,
      })
      expect(serverFrames(address), address).toBe(true)
    }
})

test('what nginx and Apache frame, the page shows as an embed', () => {
  for (const address of [...embeds, ...notEmbeds])
    if (serverFrames(address)) expect(isEmbedAddress(address), address).toBe(true)
  const part = fc.constantFrom(
    'embed',
    '%65mbed',
    'EMBED',
    '=',
    '&',
    'cards',
    'card:',
    'chart:',
    'chart%3A',
    'map',
    'armenia',
    'view=workspace',
    '%',
    '+',
    '',
  )
  fc.assert(
    fc.property(
      fc.array(fc.oneof(part, fc.string({ maxLength: 4 })), { maxLength: 12 }),
      (parts) => {
        const address = `?${parts.join('')}`
        if (serverFrames(address)) expect(isEmbedAddress(address)).toBe(true)
      },
    ),
    { numRuns: 3000 },
  )
})

test('docs/hosting.md gives the servers the pattern the build uses', () => {
  // In the nginx map and the Apache expression.
  expect(hosting).toContain(`"~${embedQueryPattern}"`)
  expect(hosting).toContain(`%{QUERY_STRING} =~ /${embedQueryPattern}/`)
})

test('docs/hosting.md counts the inline scripts the policy names by hash', () => {
  const count = inlineScriptHashes(builtPage).length
  const words = ['none', 'one', 'two', 'three', 'four', 'five']
  expect(hosting).toContain(`the hashes of the page’s ${words[count] ?? count} inline scripts`)
  const policy = /```\n(default-src[\s\S]*?)```/.exec(hosting)?.[1] ?? ''
  expect(policy.match(/'sha256-…'/g)?.length).toBe(count)
})
