import { act, screen, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { chartTitles } from '../fixtures'
import { renderApp, resultCount } from '../render-app'

/** How many actor cards were on screen when the chart code had loaded. */
const loadedAfter = vi.hoisted(() => ({ cards: null as number | null }))
// The real charts module, observed: the moment it has loaded is noted, nothing is replaced.
vi.mock('../../src/features/charts/components/charts', async (importOriginal) => {
  const module = await importOriginal()
  loadedAfter.cards ??= document.querySelectorAll('article').length
  return module
})

// The chart code is a lazy chunk; its first import in a test run can take a few seconds here,
// on a busy machine more than the default five.
vi.setConfig({ testTimeout: 30_000 })
const figure = (name: string) => screen.findByRole('figure', { name }, { timeout: 15_000 })
/** The cells' text of each row of a chart's table, below its header row. */
const tableRows = (chart: HTMLElement) =>
  within(chart)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    )

test(
  'the charts load after the cards, each with a description and a source',
  { timeout: 30_000 },
  async () => {
    renderApp()
    await resultCount()
    // The chart code was fetched only once the cards were already shown.
    await vi.waitFor(() => expect(loadedAfter.cards).not.toBeNull(), { timeout: 20_000 })
    expect(loadedAfter.cards).toBeGreaterThan(0)
    for (const title of chartTitles) {
      const chart = await figure(title)
      expect(chart.tagName).toBe('FIGURE')
      expect(
        within(chart).getByText(/^Source: Daily Sabah via Azerbaijan in Focus/),
      ).toBeInTheDocument()
    }
    expect(await figure('How many take each stance')).toHaveAccessibleDescription(
      /Condemns the operation: 4/,
    )
  },
)

test('charts follow the filters', async () => {
  renderApp('/?kind=international-organisation')
  const spectrum = await figure('Where each actor stands')
  expect(
    within(spectrum)
      .getAllByRole('button', { name: /show only/ })
      .map((button) => button.textContent),
  ).toEqual(['UN', 'EU'])
})

test('a table view shows the numbers, sorts, and is remembered in the URL', async () => {
  const { user } = renderApp()
  const chart = await figure('How many take each stance')
  await user.click(within(chart).getByRole('button', { name: 'Show as table' }))
  expect(window.location.search).toBe('?tables=distribution')
  const rows = () => tableRows(chart)
  expect(rows()).toEqual([
    ['Supports the operation', '1', '1'],
    ['Calls on all sides', '2', '3'],
    ['Urges Azerbaijan to halt', '1', '1'],
    ['Condemns the operation', '4', '4'],
  ])
  await user.click(within(chart).getByRole('button', { name: /^Actors/ }))
  await user.click(within(chart).getByRole('button', { name: /^Actors/ }))
  expect(within(chart).getByRole('columnheader', { name: /Actors/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  )
  expect(rows()[0]).toEqual(['Condemns the operation', '4', '4'])
})

test('clicking a chart filters the dashboard, and the filter shows as a chip', async () => {
  const { user } = renderApp()
  const matrix = await figure('Who took which position')
  await user.click(
    within(matrix).getByRole('button', {
      name: 'Humanitarian concern: show only actors who took it',
    }),
  )
  expect(window.location.search).toBe('?dimension=humanitarian')
  expect(
    screen.getByRole('button', { name: 'Remove filter Position: Humanitarian concern' }),
  ).toBeInTheDocument()
  const heat = await figure('How far each pair agrees')
  await user.click(within(heat).getByRole('button', { name: 'Russia and Armenia: 33% agreement' }))
  expect(window.location.search).toBe('?actor=russia,armenia&dimension=humanitarian')
})

/** Catches what the page hands the browser to download: the file's name and its content. */
function catchDownloads() {
  const files: { name: string; blob: Blob }[] = []
  const blobs = new Map<string, Blob>()
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${blobs.size}`
    blobs.set(url, blob)
    return url
  }
  URL.revokeObjectURL = () => undefined
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href)
    if (blob) files.push({ name: this.download, blob })
  })
  return files
}

test('a chart downloads as an SVG that states its title, the filters and the source', async () => {
  const files = catchDownloads()
  const { user } = renderApp('/?stance=condemns')
  const chart = await figure('How many take each stance')
  await user.click(
    within(chart).getByRole('button', {
      name: 'Download SVG image of How many take each stance',
    }),
  )
  expect(
    await within(chart).findByText(
      /^Downloaded as SVG, 800 × \d+ pixels: How many take each stance\.$/,
    ),
  ).toBeInTheDocument()
  expect(files.map((file) => file.name)).toEqual([
    expect.stringMatching(/^reactions-karabakh-2023-.+-distribution\.svg$/),
  ])
  const svg = await files[0]!.blob.text()
  expect(files[0]!.blob.type).toBe('image/svg+xml')
  expect(svg).toContain('<title id="chart-title">How many take each stance</title>')
  expect(svg).toContain('Filtered: Stance: Condemns the operation')
  expect(svg).toContain('Source: Daily Sabah via Azerbaijan in Focus')
  // The page's instructions for clicking are not part of the picture.
  expect(svg).not.toContain('Click a bar')
})

test('when the browser cannot make the PNG, the chart says so and offers the SVG', async () => {
  const files = catchDownloads()
  Object.defineProperty(HTMLImageElement.prototype, 'decode', {
    configurable: true,
    value: () => Promise.reject(new Error('The source image cannot be decoded.')),
  })
  try {
    const { user } = renderApp()
    const chart = await figure('Where each actor stands')
    await user.click(
      within(chart).getByRole('button', { name: 'Download PNG image of Where each actor stands' }),
    )
    expect(
      await within(chart).findByText(
        'The PNG could not be made (The source image cannot be decoded). The SVG download may still work.',
      ),
    ).toBeInTheDocument()
    expect(files).toEqual([])
  } finally {
    Reflect.deleteProperty(HTMLImageElement.prototype, 'decode')
  }
})

test('an embedded chart neither invites clicks that do nothing nor offers downloads', async () => {
  renderApp('/?embed=chart:distribution')
  const chart = await figure('How many take each stance')
  expect(within(chart).getByText(/^Actors by overall stance/)).toHaveTextContent(
    /^Actors by overall stance, and statements by their own stance, along the scale\.$/,
  )
  expect(within(chart).queryByRole('button', { name: /^Download/ })).not.toBeInTheDocument()
})

test('in an embed the actors on the spectrum are names, not buttons that do nothing', async () => {
  renderApp('/?embed=chart:spectrum')
  const chart = await figure('Where each actor stands')
  expect(within(chart).getByText('Türkiye')).toBeInTheDocument()
  expect(within(chart).queryByRole('button', { name: /show only/ })).not.toBeInTheDocument()
  expect(within(chart).getByRole('button', { name: 'Show as table' })).toBeInTheDocument()
})

test('a chart with nothing to draw says so on screen, as its download does', async () => {
  renderApp('/?q=nothing-matches-this')
  for (const [title, message] of [
    ['How many take each stance', 'No actor matches these filters.'],
    ['Where each actor stands', 'No reacting actor matches these filters.'],
    ['Statements over time', 'No statement matches these filters.'],
  ] as const) {
    const chart = await figure(title)
    expect(within(chart).getByText(message)).toBeInTheDocument()
    expect(within(chart).queryByRole('list', { name: 'Legend' })).not.toBeInTheDocument()
  }
})

test('the timeline’s table tells each statement apart by its words', async () => {
  renderApp('/?actor=azerbaijan&tables=timeline')
  const chart = await figure('Statements over time')
  const rows = tableRows(chart)
  expect(rows.length).toBeGreaterThan(1)
  const words = rows.map((row) => row.at(-1) ?? '')
  // Every statement has its own words: a quotation in quotation marks, or the report marked as one.
  expect(new Set(words).size).toBe(rows.length)
  for (const line of words) expect(line).toMatch(/^(“.+”|Reported: .+)$/)
})

test('from the keyboard: a grid is one tab stop with arrow keys, bars and marks filter with Enter', async () => {
  const { user } = renderApp()
  const heat = await figure('How far each pair agrees')
  const grid = within(heat).getByRole('grid')
  // One tab stop for the whole heat map, not one per cell.
  expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1)
  const rows = within(within(heat).getByRole('grid')).getAllByRole('row')
  const russia = rows.find((row) => within(row).queryByRole('rowheader', { name: 'Russia' }))
  expect(russia).toBeDefined()
  const [first] = within(russia!).getAllByRole('button')
  act(() => first!.focus())
  await user.keyboard('{ArrowRight}')
  const second = within(russia!).getAllByRole('button')[1]
  expect(second).toHaveFocus()
  await user.keyboard('{End}')
  expect(within(russia!).getAllByRole('button').at(-1)).toHaveFocus()
  await user.keyboard('{Home}')
  expect(within(russia!).getByRole('rowheader').firstElementChild).toHaveFocus()
  // The cell that holds the focus is now the grid's one tab stop.
  expect(within(heat).getByRole('grid').querySelectorAll('[tabindex="0"]')).toHaveLength(1)
  await user.keyboard('{ArrowRight}{ArrowRight}')
  const name = document.activeElement?.getAttribute('aria-label') ?? ''
  expect(name).toMatch(/^Russia and .+: \d+% agreement$/)
  await user.keyboard('{Enter}')
  expect(window.location.search).toMatch(/^\?actor=russia,/)

  const timeline = await figure('Statements over time')
  const mark = within(timeline).getAllByRole('button', {
    name: /^Russia, .+: show only Russia$/,
  })[0]
  act(() => mark!.focus())
  await user.keyboard('{Enter}')
  expect(window.location.search).toBe('?actor=russia')

  const bars = await figure('How many take each stance')
  const condemns = within(bars).getByRole('button', { name: /^Condemns the operation: \d+ actors/ })
  act(() => condemns.focus())
  await user.keyboard(' ')
  expect(window.location.search).toContain('stance=condemns')
})

test('from the keyboard: a chart’s bars, actors or marks are one tab stop, the arrow keys moving between them', async () => {
  const { user } = renderApp()
  const charts = [
    ['How many take each stance', /Filter by this stance$/],
    ['Where each actor stands', /: show only /],
    ['Statements over time', /: show only /],
  ] as const
  for (const [title, part] of charts) {
    const chart = await figure(title)
    const marks = within(chart).getAllByRole('button', { name: part })
    expect(marks.length, title).toBeGreaterThan(2)
    act(() => within(chart).getByRole('button', { name: 'Show as table' }).focus())
    await user.tab()
    expect(marks[0], title).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    expect(marks[1], title).toHaveFocus()
    await user.keyboard('{End}')
    expect(marks.at(-1), title).toHaveFocus()
    // The next Tab leaves the drawing, whatever the number of marks in it.
    await user.tab()
    expect(within(chart).getByRole('button', { name: /^Download PNG/ }), title).toHaveFocus()
    await user.tab({ shift: true })
    expect(marks.at(-1), title).toHaveFocus()
  }
})
