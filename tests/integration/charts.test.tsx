import { screen, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { renderApp, resultCount } from '../render-app'

// The chart code is a lazy chunk; its first import in a test run can take a few seconds here.
const figure = (name: string) => screen.findByRole('figure', { name }, { timeout: 15_000 })

test('the charts load after the cards, each with a description and a source', async () => {
  renderApp()
  await resultCount()
  for (const title of [
    'How many take each stance',
    'Where each actor stands',
    'Statements over time',
    'Who took which position',
    'How far each pair agrees',
  ]) {
    const chart = await figure(title)
    expect(chart.tagName).toBe('FIGURE')
    expect(
      within(chart).getByText(/^Source: Daily Sabah via Azerbaijan in Focus/),
    ).toBeInTheDocument()
  }
  expect(await figure('How many take each stance')).toHaveAccessibleDescription(
    /4 “Condemns the operation”/,
  )
})

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
  const rows = () =>
    within(chart)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      )
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
      /^Downloaded “How many take each stance” as SVG, 800 × \d+ pixels\.$/,
    ),
  ).toBeInTheDocument()
  expect(files.map((file) => file.name)).toEqual([
    expect.stringMatching(/^karabakh-reactions-.+-distribution\.svg$/),
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
