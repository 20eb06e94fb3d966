import { expect, test } from 'vitest'
import { event } from '../../data/event'
import { exportFileName, viewSlug } from '../../src/lib/file-name'
import { chartFileBase, fileSlug } from '../../src/lib/file-slug'
import { allEvents, emptyFilterState } from '../../src/lib/url-state/filter-state'

const day = new Date(2026, 10, 28, 9, 30)
const condemns = { ...emptyFilterState, stance: ['condemns' as const] }

test('files are named by event, by view and by the day they are made', () => {
  expect(exportFileName(event.id, [viewSlug(condemns)], 'csv', day)).toBe(
    'reactions_karabakh-2023_condemns_2026-11-28.csv',
  )
  expect(exportFileName(event.id, [viewSlug(emptyFilterState)], 'json', day)).toBe(
    'reactions_karabakh-2023_all_2026-11-28.json',
  )
  expect(exportFileName(event.id, [viewSlug(condemns), 'distribution'], 'png', day)).toBe(
    'reactions_karabakh-2023_condemns_distribution_2026-11-28.png',
  )
})

test('another event’s files carry its own name, and a view across events says so', () => {
  // A fictional event the analyst opened, with an id made from its title.
  expect(exportFileName('norvanias-border-closure', [viewSlug(condemns)], 'csv', day)).toBe(
    'reactions_norvanias-border-closure_condemns_2026-11-28.csv',
  )
  expect(exportFileName(allEvents, [viewSlug(condemns)], 'csv', day)).toBe(
    'reactions_all-events_condemns_2026-11-28.csv',
  )
  expect(exportFileName('Norvania’s border / closure', ['citation'], 'ris', day)).toBe(
    'reactions_norvania-s-border-closure_citation_2026-11-28.ris',
  )
})

test('a chart image is named by its event and the dataset version', () => {
  expect(chartFileBase(event.id, '2026-11-27.1')).toBe('reactions-karabakh-2023-2026-11-27.1')
  expect(chartFileBase('norvanias-border-closure', '1')).toBe(
    'reactions-norvanias-border-closure-1',
  )
  expect(chartFileBase(allEvents, '1')).toBe('reactions-all-events-1')
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
  ].map((state) => exportFileName(event.id, [viewSlug(state)], 'csv', day))
  expect(new Set(names).size).toBe(names.length)
  expect(names).toContain('reactions_karabakh-2023_recep-tayyip-erdogan_2026-11-28.csv')
  expect(names).toContain('reactions_karabakh-2023_from-2023-09-19_to-2023-09-20_2026-11-28.csv')
})

test('names are short and safe on every file system, whatever the filters hold', () => {
  expect(fileSlug('Erdoğan / "Türkiye": <a>*?|\\ Iğdır')).toBe('erdogan-turkiye-a-igdir')
  const long = viewSlug({
    ...emptyFilterState,
    q: '../../etc/passwd; rm -rf * '.repeat(10),
    actor: ['united-states', 'united-nations', 'european-union', 'france', 'germany'],
  })
  expect(long.length).toBeLessThanOrEqual(60)
  const name = exportFileName(event.id, [long], 'csv', day)
  expect(name).toMatch(/^[a-z0-9_-]+_2026-11-28\.csv$/)
  expect(name).not.toMatch(/[-_]_|_[-_]/)
})
