import fc from 'fast-check'
import { expect, test } from 'vitest'
import { summariseProblems } from '../../src/lib/url-state/notice'
import { parseUrlState, readDataChoice, serializeUrlState } from '../../src/lib/url-state/url-state'
import { chartIds } from '../../src/lib/url-state/view-state'

const known = { actorIds: new Set(['france', 'russia']), speakers: new Set(['Antony Blinken']) }
const runs = 1000

/** Query strings made of the page's own parameter names and of anything at all. */
const queryString = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc
    .array(
      fc.tuple(
        fc.oneof(
          fc.constantFrom('stance', 'actor', 'from', 'to', 'q', 'view', 'embed', 'tables'),
          fc.constantFrom(
            'compare',
            'version',
            'dataset',
            'size',
            'theme',
            'statement',
            'utm_source',
            'kind',
          ),
          fc.string({ maxLength: 12 }),
        ),
        fc.oneof(
          fc.string({ maxLength: 60 }),
          fc.string({ minLength: 30, maxLength: 300 }),
          fc.constantFrom(
            ...chartIds,
            'france',
            'condemns',
            ' ',
            'card:france',
            'chart:matrix',
            'synthetic',
            '5000',
          ),
        ),
      ),
      { maxLength: 30 },
    )
    .map((pairs) => `?${new URLSearchParams(pairs).toString()}`),
)

test(`any query string reads as a valid view with a bounded notice (${runs} cases)`, () => {
  let tried = 0
  fc.assert(
    fc.property(queryString, fc.boolean(), (search, withKnown) => {
      tried += 1
      const parsed = parseUrlState(search, withKnown ? known : undefined)
      // What is read is itself a clean link: read again, it is the same view with nothing dropped.
      const again = parseUrlState(serializeUrlState(parsed), withKnown ? known : undefined)
      expect(again.problems).toEqual([])
      expect({ view: again.view, filters: again.filters }).toEqual({
        view: parsed.view,
        filters: parsed.filters,
      })
      const summary = summariseProblems(parsed.problems)
      expect(summary.total).toBe(parsed.problems.length)
      expect(summary.quoted.length).toBeLessThanOrEqual(3)
      for (const item of summary.quoted) expect(item.value.length).toBeLessThanOrEqual(24)
      expect(JSON.stringify(summary).length).toBeLessThan(1500)
    }),
    { numRuns: runs },
  )
  expect(tried).toBe(runs)
  console.info(`url parser: ${tried} query strings tried`)
})

test('the data a link asks for is read as the whole view reads it, whatever else the link holds', () => {
  fc.assert(
    fc.property(queryString, fc.boolean(), (search, withKnown) => {
      const { view } = parseUrlState(search, withKnown ? known : undefined)
      expect(readDataChoice(search)).toEqual({
        dataset: view.dataset,
        version: view.version,
        size: view.size,
      })
    }),
    { numRuns: runs },
  )
  expect(readDataChoice('?dataset=synthetic&size=5000&stance=condemns')).toEqual({
    dataset: 'synthetic',
    version: null,
    size: 5000,
  })
})
