import { screen, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { bordersNote } from '../../src/lib/map-borders'
import { renderApp } from '../render-app'

// The chart code and the map's own chunk and boundary data load lazily; the first import in a test
// run can take several seconds on a busy machine.
vi.setConfig({ testTimeout: 40_000 })
const title = 'Where each country stands'
const mapFigure = () => screen.findByRole('figure', { name: title }, { timeout: 20_000 })
const option = async (name: RegExp) =>
  within(await mapFigure()).findByRole('option', { name }, { timeout: 20_000 })

test('the map is the sixth chart: described, sourced, with the rule for actors not placed', async () => {
  renderApp()
  const map = await mapFigure()
  await option(/^France: Condemns the operation, 1 statement/)
  expect(map).toHaveAccessibleDescription(
    /Condemns the operation: France, Germany and Armenia\..*Beside the map: UN \(Calls on all sides\); EU \(Condemns the operation\)/,
  )
  expect(within(map).getByText(/^Source: Daily Sabah via Azerbaijan in Focus/)).toBeInTheDocument()
  expect(within(map).getByText(/^Not placed on the scale: a party to the conflict/)).toBeVisible()
})

test('a click on a country filters the dashboard by that actor, and the chip appears', async () => {
  const { user } = renderApp()
  await user.click(await option(/^France: /))
  expect(window.location.search).toBe('?actor=france')
  expect(screen.getByRole('button', { name: 'Remove filter Actor: France' })).toBeInTheDocument()
})

test('the map as a table lists each actor’s stance, and the choice is kept in the URL', async () => {
  const { user } = renderApp()
  const map = await mapFigure()
  await user.click(within(map).getByRole('button', { name: 'Show as table' }))
  expect(window.location.search).toBe('?tables=map')
  const rows = within(map)
    .getAllByRole('row')
    .map((row) =>
      within(row)
        .queryAllByRole('cell')
        .map((cell) => cell.textContent),
    )
  expect(rows).toContainEqual(['France', 'Condemns the operation', '1', 'On the map'])
  expect(rows).toContainEqual(['Türkiye', 'Supports the operation', '3', 'On the map'])
  expect(rows).toContainEqual(['United Nations', 'Calls on all sides', '1', 'Beside the map'])
})

test('the map downloads as an SVG: its own drawing, the borders note and the source', async () => {
  const files: Blob[] = []
  URL.createObjectURL = (blob: Blob) => {
    files.push(blob)
    return 'blob:test/map'
  }
  URL.revokeObjectURL = () => undefined
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
  const { user } = renderApp()
  const map = await mapFigure()
  await option(/^France: /)
  await user.click(within(map).getByRole('button', { name: `Download SVG image of ${title}` }))
  expect(
    await within(map).findByText(new RegExp(`^Downloaded as SVG, 800 × \\d+ pixels: ${title}\\.$`)),
  ).toBeInTheDocument()
  const svg = await files[0]?.text()
  expect(svg).toContain(`<title id="chart-title">${title}</title>`)
  expect(svg).toContain('Source: Daily Sabah via Azerbaijan in Focus')
  expect(svg).toContain('Boundaries: Natural Earth 1:110m')
  // The countries themselves, coloured: the map component's own drawing, not a blank frame.
  expect(svg?.match(/<path /g)?.length ?? 0).toBeGreaterThan(100)
  expect(svg).not.toContain('Press Enter')
})

test('embedded, the map draws without inviting clicks and without downloads', async () => {
  renderApp('/?embed=chart:map')
  const map = await mapFigure()
  expect(await option(/^France: Condemns the operation, 1 statement$/)).toBeInTheDocument()
  expect(within(map).queryByRole('button', { name: /^Download/ })).not.toBeInTheDocument()
})

test('the Embed dialog offers the map', async () => {
  const { user } = renderApp()
  await user.click(await screen.findByRole('button', { name: 'Embed' }))
  const dialog = await screen.findByRole('dialog', { name: 'Embed this view' })
  expect(within(dialog).getByRole('option', { name: `Chart: ${title}` })).toBeInTheDocument()
})

test('the method page says how the map draws borders', async () => {
  renderApp('/?view=method')
  expect(
    await screen.findByRole('heading', { name: 'Borders on the map' }, { timeout: 20_000 }),
  ).toBeInTheDocument()
  expect(screen.getByText(bordersNote)).toBeInTheDocument()
})
