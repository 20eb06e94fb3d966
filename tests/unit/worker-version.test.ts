import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { expect, test } from 'vitest'

// The worker script is committed; it must be the one the installed msw expects, or the browser
// refuses it. `npx msw init public` refreshes it after an msw upgrade.
test('the committed service worker matches the installed msw', () => {
  const require = createRequire(import.meta.url)
  const installed = readFileSync(require.resolve('msw/mockServiceWorker.js'), 'utf8')
  const committed = readFileSync(
    resolve(import.meta.dirname, '../../public/mockServiceWorker.js'),
    'utf8',
  )
  const checksum = (text: string) => /INTEGRITY_CHECKSUM = '([^']+)'/.exec(text)?.[1]
  expect(checksum(committed)).toBeDefined()
  expect(checksum(committed)).toBe(checksum(installed))
})
