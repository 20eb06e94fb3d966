import { expect, test } from 'vitest'
import { exportFileName, fileSlug, viewSlug } from '../../src/lib/file-name'
import { emptyFilterState } from '../../src/lib/url-state/filter-state'

const day = new Date(2026, 10, 28, 9, 30)

test('files are named by view and by the day they are made', () => {
  const condemns = { ...emptyFilterState, stance: ['condemns' as const] }
  expect(exportFileName([viewSlug(condemns)], 'csv', day)).toBe(
    'karabakh-reactions_condemns_2026-11-28.csv',
  )
  expect(exportFileName([viewSlug(emptyFilterState)], 'json', day)).toBe(
    'karabakh-reactions_all_2026-11-28.json',
  )
  expect(exportFileName([viewSlug(condemns), 'distribution'], 'png', day)).toBe(
    'karabakh-reactions_condemns_distribution_2026-11-28.png',
  )
})

test('different views give different names', () => {
  const names = [
    emptyFilterState,
    { ...emptyFilterState, stance: ['condemns' as const] },
    { ...emptyFilterState, stance: ['condemns' as const, 'urges-halt' as const] },
    { ...emptyFilterState, kind: ['state' as const] },
    { ...emptyFilterState, q: 'cease-fire' },
    { ...emptyFilterState, from: '2023-09-19', to: '2023-09-20' },
    { ...emptyFilterState, speaker: ['Recep Tayyip Erdoğan'] },
  ].map((state) => exportFileName([viewSlug(state)], 'csv', day))
  expect(new Set(names).size).toBe(names.length)
  expect(names).toContain('karabakh-reactions_recep-tayyip-erdogan_2026-11-28.csv')
  expect(names).toContain('karabakh-reactions_from-2023-09-19_to-2023-09-20_2026-11-28.csv')
})

test('names are short and safe on every file system, whatever the filters hold', () => {
  expect(fileSlug('Erdoğan / "Türkiye": <a>*?|\\ Iğdır')).toBe('erdogan-turkiye-a-igdir')
  const long = viewSlug({
    ...emptyFilterState,
    q: '../../etc/passwd; rm -rf * '.repeat(10),
    actor: ['united-states', 'united-nations', 'european-union', 'france', 'germany'],
  })
  expect(long.length).toBeLessThanOrEqual(60)
  const name = exportFileName([long], 'csv', day)
  expect(name).toMatch(/^[a-z0-9_-]+_2026-11-28\.csv$/)
  expect(name).not.toMatch(/[-_]_|_[-_]/)
})
