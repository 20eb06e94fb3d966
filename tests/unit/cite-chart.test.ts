import { beforeAll, expect, test } from 'vitest'
import { event } from '../../data/event'
import { source } from '../../data/source'
import { citeChart, cslStyleNames, fileFormats } from '../../src/lib/cite'
import { formatReferences, formatStyles } from '../../src/lib/cite-styles'

const { text: _text, ...summary } = source
const address = 'https://tracker.example/?stance=condemns,urges-halt&kind=state#charts-heading'
// The view's address, pinned to the version cited.
const pinned = 'https://tracker.example/?stance=condemns,urges-halt&kind=state&version=2026-11-27.1'
const context = {
  sources: [summary],
  event,
  datasetVersion: '2026-11-27.1',
  datasetYear: '2026',
  url: address,
  accessed: new Date('2026-11-27T10:00:00Z'),
}
const filters = 'Stance: Condemns the operation or Urges Azerbaijan to halt; Kind of actor: State'
const chart = { id: 'distribution', title: 'How many take each stance', filters }

// citeproc builds each style's engine once, which in jsdom on a shared machine takes seconds.
beforeAll(() => void formatStyles(citeChart(context, chart).items), 120_000)

test('a chart is cited in APA, as citeproc formats it: the article, then the chart with its filters in the dashboard', () => {
  const [article, cited] = formatReferences('APA', citeChart(context, chart).items).references
  expect(article).toContain('Azerbaijan says cease-fire achieved with separatists in Karabakh')
  expect(article).toContain('Daily Sabah')
  expect(cited).toContain(`How many take each stance (chart; filtered: ${filters})`)
  expect(cited).toContain('Reactions to Azerbaijan’s September 2023 operation in Karabakh')
  expect(cited).toContain('Version 2026-11-27.1')
  expect(cited).toMatch(new RegExp(`${pinned.replace(/[?.]/g, '\\$&')}$`))
})

test('every style and file names the chart, its filters in words, the view’s address, the data version and the article', () => {
  const citations = citeChart(context, chart)
  expect(citations.referenceNames).toEqual(['the article', 'the chart'])
  expect(citations.slug).toBe('citation_chart_distribution')
  const texts = [
    ...cslStyleNames.map((style) => formatReferences(style, citations.items).text),
    ...fileFormats.map((format) => citations.files[format].text),
  ]
  for (const text of texts) {
    // Title case (Chicago) may capitalise the filters' words, never drop them.
    expect(text.toLowerCase()).toContain('how many take each stance')
    expect(text.toLowerCase()).toContain('kind of actor: state')
    expect(text.toLowerCase()).toContain('urges azerbaijan to halt')
    expect(text).toContain(pinned)
    expect(text).toContain('2026-11-27.1')
    expect(text).toContain('Daily Sabah')
  }
})

test('an unfiltered chart says so, and two charts are two references', () => {
  const whole = citeChart(context, { ...chart, filters: null })
  expect(formatReferences('APA', whole.items).text).toContain(
    'How many take each stance (chart; unfiltered)',
  )
  const map = citeChart(context, { id: 'map', title: 'Where each country stands', filters })
  expect(map.items.at(-1)?.id).not.toBe(whole.items.at(-1)?.id)
})
