import type { ReactNode } from 'react'
import { expect, test } from 'vitest'
import { actors } from '../../data/actors'
import { dataset, labels, shortName } from '../mock-dataset'
import { event } from '../../data/event'
import { statements } from '../../data/statements'
import { dimensionIds } from '../../src/lib/vocabulary'
import { applyFilters } from '../reference/apply-filters'
import {
  activeFilterChips,
  filterGroups,
  filtersInWords,
} from '../../src/features/filters/filter-options'
import { emptyFilterState, type FilterState } from '../../src/lib/url-state/filter-state'
import {
  agreementMatrix,
  milestoneTimes,
  positionsMatrix,
  stanceDistribution,
  stanceSpectrum,
  timelinePoints,
} from '../../src/features/charts/shape'
import { createRoot } from 'react-dom/client'
import { drawingWidth, exportChart, offscreenHost } from '../../src/features/charts/export'
import type { ChartText } from '../../src/features/charts/export/document'
import { AgreementChart } from '../../src/features/charts/components/agreement-chart'
import { ChartLegend, type SvgMode } from '../../src/features/charts/components/marks'
import {
  matrixLegend,
  PositionsMatrixChart,
} from '../../src/features/charts/components/positions-matrix-chart'
import {
  distributionLegend,
  StanceDistributionChart,
} from '../../src/features/charts/components/stance-distribution-chart'
import { StanceSpectrumChart } from '../../src/features/charts/components/stance-spectrum-chart'
import { StatementTimelineChart } from '../../src/features/charts/components/statement-timeline-chart'
import { createMeasure, wrap } from '../../src/features/charts/text-measure'

const data = dataset
const name = shortName
const measure = createMeasure()
const source =
  'Source: Daily Sabah via Azerbaijan in Focus, 20 September 2023. Coded by the diplomatic reactions tracker, dataset 1.'
const words = (title: string): ChartText => ({
  title,
  subtitle: 'A subtitle.',
  filters: null,
  description: 'What the chart shows, in words.',
  source,
})

/** The document parsed as SVG, failing on anything that is not well-formed. */
function parse(svg: string) {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml')
  expect(document.querySelector('parsererror')).toBeNull()
  return document.documentElement
}
/** The file a download makes: the page's own chart component, drawn in its SVG mode. */
async function render(content: ChartText, draw: (svg: SvgMode) => ReactNode) {
  const host = offscreenHost(drawingWidth)
  const root = createRoot(host)
  root.render(draw({ width: drawingWidth, measure }))
  try {
    return await exportChart(content, host)
  } finally {
    root.unmount()
    host.remove()
  }
}
const shownText = (root: Element) =>
  [...root.querySelectorAll('text')].map((node) => node.textContent)
const asTable = false

test('the exported SVG holds the title, the subtitle, the filters, a legend and the source line', async () => {
  const input = applyFilters(data, { ...emptyFilterState, stance: ['condemns', 'urges-halt'] })
  const chart = await render(
    { ...words('How many take each stance'), filters: 'Stance: Condemns the operation' },
    (svg) => (
      <>
        <StanceDistributionChart
          counts={stanceDistribution(input)}
          labels={labels}
          asTable={asTable}
          svg={svg}
        />
        <ChartLegend items={distributionLegend} svg={svg} />
      </>
    ),
  )
  const root = parse(chart.svg)
  expect(root.getAttribute('width')).toBe(String(chart.width))
  expect(root.getAttribute('height')).toBe(String(chart.height))
  expect(root.getAttribute('viewBox')).toBe(`0 0 ${chart.width} ${chart.height}`)
  expect(root.querySelector('title')?.textContent).toBe('How many take each stance')
  expect(root.querySelector('desc')?.textContent).toBe(
    `What the chart shows, in words. Filtered: Stance: Condemns the operation. ${source}`,
  )
  // One <svg>, the file's own: the drawing and its legend are groups inside it.
  expect(root.querySelectorAll('svg')).toHaveLength(0)
  expect(root.getAttribute('font-family')).toBe('sans-serif')
  const lines = shownText(root)
  expect(lines).toContain('How many take each stance')
  expect(lines).toContain('A subtitle.')
  expect(lines).toContain('Filtered: Stance: Condemns the operation.')
  expect(lines).toEqual(
    expect.arrayContaining(['Actors (filled bars)', 'Statements (outlined bars)']),
  )
  // The source line wraps onto two lines here, and still reads whole.
  expect([...root.querySelectorAll('text')].at(-1)?.querySelectorAll('tspan')).toHaveLength(2)
  expect(lines.at(-1)).toBe(source)
  // One actor urges a halt and four condemn: a filled and an outlined bar each, no other stance.
  expect(root.querySelectorAll('[fill="var(--stance-condemns)"]')).toHaveLength(1)
  expect(root.querySelectorAll('[stroke="var(--stance-condemns)"]')).toHaveLength(1)
  expect(root.querySelectorAll('[fill="var(--stance-supports)"]')).toHaveLength(0)
  // Nothing in the file needs the page: no foreignObject, no script, no class to style.
  expect(root.querySelectorAll('foreignObject, script, [class], [style]')).toHaveLength(0)
  // Nor what recharts writes of its own props, which other readers stumble on.
  expect(
    root.querySelectorAll('[angle], [orientation], [name], [radius], line[width], text[width]'),
  ).toHaveLength(0)
  expect(chart.svg).not.toMatch(/="[\d.]+(px|em)"/)
})

test('nothing in the source text can break the file: names and quotes are escaped', async () => {
  const chart = await render(
    { ...words('“Us” & <them>'), subtitle: 'Tom & Jerry\'s "war"' },
    (svg) => (
      <StanceDistributionChart
        counts={stanceDistribution(applyFilters(data, emptyFilterState))}
        labels={labels}
        asTable={asTable}
        svg={svg}
      />
    ),
  )
  const root = parse(chart.svg)
  expect(root.querySelector('title')?.textContent).toBe('“Us” & <them>')
  expect(shownText(root)).toContain('Tom & Jerry\'s "war"')
})

const input = applyFilters(data, emptyFilterState)
const ids = input.map((row) => row.actor.id)

test('the spectrum’s file shows the reacting actors, with flags carried inside it', async () => {
  const reacting = input.filter((row) => !row.actor.isParty)

  const spectrum = parse(
    (
      await render(words('Where each actor stands'), (svg) => (
        <StanceSpectrumChart
          columns={stanceSpectrum(reacting)}
          labels={labels}
          asTable={asTable}
          svg={svg}
        />
      ))
    ).svg,
  )
  expect(shownText(spectrum)).toEqual(
    expect.arrayContaining(['US', 'UN', 'EU', 'France', 'Germany', 'Türkiye', 'Russia', 'Armenia']),
  )
  expect(shownText(spectrum)).not.toContain('Azerbaijan')
  // A flag is carried inside the file or left out, never linked.
  for (const image of spectrum.querySelectorAll('image'))
    expect(image.getAttribute('href')).toMatch(/^data:/)
})

test('the timeline’s file shows every statement, the days and the milestones', async () => {
  const points = timelinePoints(input)
  const timeline = parse(
    (
      await render(words('Statements over time'), (svg) => (
        <StatementTimelineChart
          points={points}
          milestones={milestoneTimes(event.milestones)}
          zone="Baku time (UTC+4)"
          range={{
            start: Date.parse('2023-09-19T00:00:00Z'),
            end: Date.parse('2023-09-22T00:00:00Z'),
          }}
          labels={labels}
          asTable={asTable}
          svg={svg}
        />
      ))
    ).svg,
  )
  expect(timeline.querySelectorAll('circle, path[d$="Z"]').length).toBeGreaterThanOrEqual(
    points.length,
  )
  expect(shownText(timeline)).toEqual(
    expect.arrayContaining([
      '19 Sept',
      '20 Sept',
      '21 Sept',
      '1. Azerbaijan’s military operation begins',
    ]),
  )
})

test('the positions matrix’s file marks each position taken, with its legend', async () => {
  const matrixCells = positionsMatrix(input, dimensionIds)
  const matrix = parse(
    (
      await render(words('Who took which position'), (svg) => (
        <>
          <PositionsMatrixChart
            actorIds={ids}
            dimensions={dimensionIds}
            cells={matrixCells}
            labels={labels}
            actorName={name}
            asTable={asTable}
            svg={svg}
          />
          <ChartLegend items={matrixLegend} svg={svg} />
        </>
      ))
    ).svg,
  )
  const taken = matrixCells.filter((cell) => cell.value === 'takes').length
  expect(matrix.querySelectorAll('circle')).toHaveLength(taken + 1) // and the legend's
  expect(shownText(matrix)).toEqual(
    expect.arrayContaining(['Took the position', 'Said the opposite']),
  )
})

test('the agreement file prints every pair’s score', async () => {
  const agreement = parse(
    (
      await render(words('How far each pair agrees'), (svg) => (
        <AgreementChart
          actorIds={ids}
          cells={agreementMatrix(input, dimensionIds)}
          actorName={name}
          asTable={asTable}
          svg={svg}
        />
      ))
    ).svg,
  )
  const percents = shownText(agreement).filter((line) => /^\d+%$|^–$/.test(line))
  expect(percents).toHaveLength(ids.length * ids.length)
  expect(percents.filter((line) => line === '100%').length).toBeGreaterThanOrEqual(ids.length)
})

test('with nothing left to draw the file says so instead of showing empty axes', async () => {
  const chart = parse(
    (
      await render(
        { ...words('Where each actor stands'), empty: 'No reacting actor matches these filters.' },
        (svg) => (
          <StanceSpectrumChart
            columns={stanceSpectrum([])}
            labels={labels}
            asTable={asTable}
            svg={svg}
          />
        ),
      )
    ).svg,
  )
  expect(shownText(chart)).toContain('No reacting actor matches these filters.')
  expect(shownText(chart)).not.toContain('Supports the operation')
})

test('text wraps to the width, and a word longer than the width gets a line of its own', () => {
  const font = { size: 12 }
  const lines = wrap('Agreement between two actors is the share of dimensions', 120, font, measure)
  expect(lines.length).toBeGreaterThan(2)
  expect(lines.join(' ')).toBe('Agreement between two actors is the share of dimensions')
  for (const line of lines.filter((line) => line.includes(' ')))
    expect(measure(line, font)).toBeLessThanOrEqual(120)
  expect(wrap('a Antidisestablishmentarianism b', 40, font, measure)).toEqual([
    'a',
    'Antidisestablishmentarianism',
    'b',
  ])
})

test('the filters are stated in words, values of one filter joined by “or”', () => {
  const groups = filterGroups(actors, statements, labels)
  const state: FilterState = {
    ...emptyFilterState,
    stance: ['condemns', 'urges-halt'],
    kind: ['state'],
    from: '2023-09-20',
    q: 'cease',
  }
  expect(filtersInWords(activeFilterChips(state, groups))).toBe(
    'Stance: Condemns the operation or Urges Azerbaijan to halt; Kind of actor: State; From 2023-09-20; Search: “cease”',
  )
  expect(filtersInWords(activeFilterChips(emptyFilterState, groups))).toBeNull()
})
