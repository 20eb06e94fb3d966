import { dehydrate, QueryClient } from '@tanstack/react-query'
import { expect, test } from 'vitest'
import {
  hydratePrerenderedState,
  prerenderedStateId,
  serializeState,
} from '../../src/app/prerendered-state'

const hostile = [
  'He said </script><script>document.title = "taken"</script> and left.',
  '<!-- <script> opens a comment </SCRIPT >',
  'Line\u2028and paragraph\u2029separators, & ampersands, > and <',
]

/** The page as a browser parses it, with the state in its script element. */
function parsePage(state: string) {
  return new DOMParser().parseFromString(
    `<!doctype html><body><script type="application/json" id="${prerenderedStateId('dashboard')}">${state}</script><p id="after">after</p></body>`,
    'text/html',
  )
}

test('data holding </script> and <!-- stays inside its script and reads back the same', () => {
  const client = new QueryClient()
  client.setQueryData(['statements', {}, null], hostile)
  const page = parsePage(serializeState(dehydrate(client)))

  // The element ends where the page ends it, not where the data says: one script, then the page.
  expect(page.querySelectorAll('script')).toHaveLength(1)
  expect(page.getElementById('after')?.textContent).toBe('after')
  expect(page.title).toBe('')

  const reader = new QueryClient()
  expect(
    hydratePrerenderedState(
      reader,
      page.getElementById(prerenderedStateId('dashboard'))?.textContent,
    ),
  ).toBe(true)
  expect(reader.getQueryData(['statements', {}, null])).toEqual(hostile)
})

test('a missing, broken or foreign state leaves the cache empty', () => {
  const reader = new QueryClient()
  expect(hydratePrerenderedState(reader, null)).toBe(false)
  for (const text of ['{"queries":', '{"queries":"all"}', '[]']) {
    expect(
      hydratePrerenderedState(
        reader,
        parsePage(text).getElementById(prerenderedStateId('dashboard'))?.textContent,
      ),
    ).toBe(false)
  }
  expect(reader.getQueryCache().getAll()).toEqual([])
})

test('data two queries share is written into the page once and read back into both', () => {
  const client = new QueryClient()
  const statements = [{ id: 'us-1', text: 'immediately cease military actions' }]
  client.setQueryData(['statements', {}, null], statements)
  client.setQueryData(['statements', {}, '2026-11-28.1'], statements)
  client.setQueryData(['statements', {}, '2026-11-27.1'], [])
  const text = serializeState(dehydrate(client))
  expect(text.split('immediately cease military actions')).toHaveLength(2)

  const reader = new QueryClient()
  expect(
    hydratePrerenderedState(
      reader,
      parsePage(text).getElementById(prerenderedStateId('dashboard'))?.textContent,
    ),
  ).toBe(true)
  expect(reader.getQueryData(['statements', {}, null])).toEqual(statements)
  expect(reader.getQueryData(['statements', {}, '2026-11-28.1'])).toEqual(statements)
  expect(reader.getQueryData(['statements', {}, '2026-11-27.1'])).toEqual([])
})
