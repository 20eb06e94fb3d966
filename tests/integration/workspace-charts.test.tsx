import { screen, within } from '@testing-library/react'
import { beforeEach, expect, test, vi } from 'vitest'
import { createHandlers } from '../../mocks/handlers/all'
import { articleDataset, withWorkspace } from '../../mocks/handlers/dataset'
import { event } from '../../data/event'
import { server } from '../../mocks/serve/node'
import { csvObjects } from '../csv-parse'
import { renderApp, shownActors } from '../render-app'
import { japanWorkspace } from '../unit/workspace-fixtures'

// The chart code is a lazy chunk, slow to load the first time on a busy machine.
vi.setConfig({ testTimeout: 30_000 })

/** A fictional source filed under the article's event, with one statement by Japan. */
beforeEach(() => {
  server.use(...createHandlers(withWorkspace(articleDataset, japanWorkspace(event.id))))
})

const figure = (name: string | RegExp) => screen.findByRole('figure', { name }, { timeout: 15_000 })

/** The rows of a figure's table, shown by its "Show as table", as each row's accessible text. */
async function tableRows(user: ReturnType<typeof renderApp>['user'], chart: HTMLElement) {
  await user.click(within(chart).getByRole('button', { name: 'Show as table' }))
  return within(within(chart).getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.textContent)
}

test('each chart’s table marks the analyst’s own actor as theirs, and only it', async () => {
  const { user } = renderApp('/')
  for (const title of [
    'Where each actor stands',
    'Statements over time',
    'Who took which position',
    'Where each country stands',
  ]) {
    const rows = await tableRows(user, await figure(title))
    expect(rows.filter((row) => row.includes('Yours'))).toEqual([
      expect.stringContaining('Japan Yours'),
    ])
  }
  // The pairs with Japan are theirs; the stance its statement takes counts it.
  const pairs = await tableRows(user, await figure('How far each pair agrees'))
  expect(pairs.filter((row) => row.includes('Yours')).every((row) => row.includes('Japan'))).toBe(
    true,
  )
  const stances = await tableRows(user, await figure('How many take each stance'))
  expect(stances.filter((row) => row.includes('Yours'))).toEqual([
    expect.stringMatching(/^Condemns the operation Yours/),
  ])
})

test('the stance across events marks the analyst’s own actor in its table', async () => {
  const { user } = renderApp('/')
  const rows = await tableRows(user, await figure(/^Stance (across|in the one event)/))
  expect(rows.filter((row) => row.includes('Yours'))).toEqual([
    expect.stringMatching(/^Japan Yours/),
  ])
})

/** Keeps what the page hands the browser to download. */
function catchDownloads(): Blob[] {
  const files: Blob[] = []
  URL.createObjectURL = (blob: Blob) => {
    files.push(blob)
    return `blob:test/${files.length}`
  }
  URL.revokeObjectURL = () => undefined
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
  return files
}

test('a chart says under it, and in its download, which actors are the analyst’s own', async () => {
  const files = catchDownloads()
  const { user } = renderApp('/')
  const chart = await figure('Where each actor stands')
  expect(
    within(chart).getByText(
      'Japan: coded by you in your workspace, not part of the published dataset.',
    ),
  ).toBeInTheDocument()
  await user.click(
    within(chart).getByRole('button', { name: 'Download SVG image of Where each actor stands' }),
  )
  await within(chart).findByText(/^Downloaded as SVG/)
  const [file] = files
  if (!file) throw new Error('no file was downloaded')
  const svg = await file.text()
  expect(svg).toContain(
    'Yours: Japan: coded by you in your workspace, not part of the published dataset.',
  )
  // The drawing itself marks the actor's name.
  expect(svg).toMatch(/Japan<tspan[^>]*> · Yours<\/tspan>/)
})

test('the view’s CSV says which statements the analyst coded', async () => {
  const files = catchDownloads()
  const { user } = renderApp('/?actor=japan,france')
  expect(await shownActors()).toEqual(['France', 'Japan'])
  await user.click(screen.getByRole('button', { name: 'Download CSV' }))
  await screen.findByText(/^Downloaded \d+ statements as /)
  const [file] = files
  if (!file) throw new Error('no file was downloaded')
  const codedBy = csvObjects((await file.text()).replace(/^\uFEFF/, '')).map((row) => [
    row.actor_id,
    row.coded_by,
  ])
  expect(codedBy).toContainEqual(['japan', 'yours'])
  expect(codedBy).toContainEqual(['france', 'dataset'])
  expect(codedBy.filter(([, by]) => by === 'yours')).toHaveLength(1)
})
