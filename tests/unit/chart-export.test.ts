import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from 'vitest'
import { actors } from '../../mocks/data/actors'
import { dataset, labels, shortName } from '../mock-dataset'
import { event } from '../../mocks/data/event'
import { statements } from '../../mocks/data/statements'
import { dimensionIds, stanceIds } from '../../src/lib/schemas/codebook'
import { applyFilters } from '../../src/lib/statements/apply-filters'
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
import {
  chartDocument,
  type ChartText,
  type DrawChart,
} from '../../src/features/charts/export/document'
import { drawDistribution } from '../../src/features/charts/export/draw-distribution'
import { drawAgreement, drawMatrix } from '../../src/features/charts/export/draw-grids'
import { drawSpectrum } from '../../src/features/charts/export/draw-spectrum'
import { drawTimeline } from '../../src/features/charts/export/draw-timeline'
import { createMeasure } from '../../src/features/charts/export/measure'
import { palettes } from '../../src/features/charts/export/palette'
import { wrap } from '../../src/features/charts/export/svg'

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
const render = (content: ChartText, draw: DrawChart, theme: 'light' | 'dark' = 'light') =>
  chartDocument(content, draw, { theme, measure })
const shownText = (root: Element) =>
  [...root.querySelectorAll('text')].map((node) => node.textContent)

test('the exported SVG holds the title, the subtitle, the filters, a legend and the source line', () => {
  const input = applyFilters(data, { ...emptyFilterState, stance: ['condemns', 'urges-halt'] })
  const chart = render(
    { ...words('How many take each stance'), filters: 'Stance: Condemns the operation' },
    drawDistribution(stanceDistribution(input), labels),
  )
  const root = parse(chart.svg)
  expect(root.getAttribute('width')).toBe(String(chart.width))
  expect(root.getAttribute('height')).toBe(String(chart.height))
  expect(root.getAttribute('viewBox')).toBe(`0 0 ${chart.width} ${chart.height}`)
  expect(root.querySelector('title')?.textContent).toBe('How many take each stance')
  expect(root.querySelector('desc')?.textContent).toBe(`What the chart shows, in words. ${source}`)
  const lines = shownText(root)
  expect(lines).toContain('How many take each stance')
  expect(lines).toContain('A subtitle.')
  expect(lines).toContain('Filtered: Stance: Condemns the operation')
  expect(lines).toEqual(expect.arrayContaining(['Actors (solid)', 'Statements (light)']))
  // The source line wraps onto two lines here, and still reads whole.
  expect([...root.querySelectorAll('text')].at(-1)?.querySelectorAll('tspan')).toHaveLength(2)
  expect(lines.at(-1)).toBe(source)
  // Four stances with one actor (urges halt) and four (condemns) left: two bars each.
  expect(root.querySelectorAll(`rect[fill="${palettes.light.stance.condemns}"]`)).toHaveLength(2)
  expect(root.querySelectorAll(`rect[fill="${palettes.light.stance.supports}"]`)).toHaveLength(0)
})

test('nothing in the source text can break the file: names and quotes are escaped', () => {
  const chart = render(
    { ...words('“Us” & <them>'), subtitle: 'Tom & Jerry\'s "war"' },
    drawDistribution(stanceDistribution(applyFilters(data, emptyFilterState)), labels),
  )
  const root = parse(chart.svg)
  expect(root.querySelector('title')?.textContent).toBe('“Us” & <them>')
  expect(shownText(root)).toContain('Tom & Jerry\'s "war"')
})

test('each chart draws what the filters leave, in the theme asked for', () => {
  const input = applyFilters(data, emptyFilterState)
  const ids = input.map((row) => row.actor.id)
  const reacting = input.filter((row) => !row.actor.isParty)
  const flags = new Map([['tr', 'data:image/svg+xml;base64,PHN2Zy8+']])

  const spectrum = parse(
    render(words('Where each actor stands'), drawSpectrum(stanceSpectrum(reacting), labels, flags))
      .svg,
  )
  expect(shownText(spectrum)).toEqual(
    expect.arrayContaining(['US', 'UN', 'EU', 'France', 'Germany', 'Türkiye', 'Russia', 'Armenia']),
  )
  expect(shownText(spectrum)).not.toContain('Azerbaijan')
  // Only the flag it was given is drawn.
  expect(
    [...spectrum.querySelectorAll('image')].map((image) => image.getAttribute('href')),
  ).toEqual(['data:image/svg+xml;base64,PHN2Zy8+'])

  const points = timelinePoints(input)
  const timeline = parse(
    render(
      words('Statements over time'),
      drawTimeline(
        points,
        milestoneTimes(event.milestones),
        { start: Date.parse('2023-09-19T00:00:00Z'), end: Date.parse('2023-09-22T00:00:00Z') },
        labels,
      ),
      'dark',
    ).svg,
  )
  expect(timeline.querySelector('rect')?.getAttribute('fill')).toBe(palettes.dark.surface)
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

  const matrixCells = positionsMatrix(input, dimensionIds)
  const matrix = parse(
    render(
      words('Who took which position'),
      drawMatrix(ids, dimensionIds, matrixCells, labels, name),
    ).svg,
  )
  const taken = matrixCells.filter((cell) => cell.value === 'takes').length
  expect(matrix.querySelectorAll(`circle[fill="${palettes.light.accent}"]`)).toHaveLength(taken + 1) // and the legend's
  expect(shownText(matrix)).toEqual(
    expect.arrayContaining(['Took the position', 'Said the opposite']),
  )

  const agreement = parse(
    render(
      words('How far each pair agrees'),
      drawAgreement(ids, agreementMatrix(input, dimensionIds), name),
    ).svg,
  )
  const percents = shownText(agreement).filter((line) => /^\d+%$|^–$/.test(line))
  expect(percents).toHaveLength(ids.length * ids.length)
  expect(percents.filter((line) => line === '100%').length).toBeGreaterThanOrEqual(ids.length)
})

test('with nothing left to draw the file says so instead of showing empty axes', () => {
  const chart = parse(
    render(
      { ...words('Where each actor stands'), empty: 'No reacting actor matches these filters.' },
      drawSpectrum(stanceSpectrum([]), labels, new Map()),
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

test('the export colours are the page’s colours, in both themes', () => {
  const css = readFileSync(resolve(import.meta.dirname, '../../src/app/styles.css'), 'utf8')
  const variable = (name: string) => {
    const match = new RegExp(`--${name}: light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\)`).exec(css)
    return { light: match?.[1], dark: match?.[2] }
  }
  for (const theme of ['light', 'dark'] as const) {
    const palette = palettes[theme]
    for (const key of ['bg', 'surface', 'text', 'muted', 'border', 'accent'] as const)
      expect(palette[key], `${theme} ${key}`).toBe(variable(key)[theme])
    for (const stance of stanceIds)
      expect(palette.stance[stance], `${theme} ${stance}`).toBe(variable(`stance-${stance}`)[theme])
  }
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
