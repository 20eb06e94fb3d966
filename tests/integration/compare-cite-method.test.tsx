import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { setFaultPlan } from '../../mocks/faults'
import { citationStyles, citeThisView, renderApp, resultCount } from '../render-app'

const compareTable = () => screen.findByRole('table', { name: /side by side/ })
const cell = (table: HTMLElement, row: RegExp, column: number) =>
  within(within(table).getByRole('rowheader', { name: row }).closest('tr')!).getAllByRole('cell')[
    column
  ]!

test('comparing the United States and Türkiye sets their positions side by side, in their words', async () => {
  const { user } = renderApp()
  await resultCount()
  await user.click(screen.getByRole('button', { name: 'Compare United States' }))
  await user.click(screen.getByRole('button', { name: 'Compare Türkiye' }))
  expect(window.location.search).toBe('?compare=united-states,turkiye')
  const table = await compareTable()
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent),
  ).toEqual(['Position', 'United States', 'Türkiye'])
  expect(cell(table, /^Stance/, 0)).toHaveTextContent('Urges Azerbaijan to halt')
  expect(cell(table, /^Stance/, 1)).toHaveTextContent('Supports the operation')
  expect(within(table).getByRole('rowheader', { name: /^Stance/ })).toHaveTextContent('≠ Differs')
  expect(cell(table, /^Backs a party/, 0)).toHaveTextContent('Took it: Backs Armenia')
  expect(cell(table, /^Backs a party/, 1)).toHaveTextContent('Did not take it')
  expect(cell(table, /^Condemnation/, 0)).toHaveTextContent('Did not take it')
  expect(within(table).getByRole('rowheader', { name: /^Condemnation/ })).toHaveTextContent(
    '= Same',
  )
  expect(cell(table, /^Key statements/, 0)).toHaveTextContent(
    '“immediately cease military actions”',
  )
  expect(cell(table, /^Key statements/, 1)).toHaveTextContent(
    '“to preserve its territorial integrity”',
  )
})

test('a link reproduces the comparison; at most four actors can be compared', async () => {
  const { user } = renderApp('/?compare=france,russia,armenia,turkiye')
  const table = await compareTable()
  expect(within(table).getAllByRole('columnheader')).toHaveLength(5)
  expect(screen.getByRole('button', { name: 'Compare United States' })).toBeDisabled()
  await user.click(screen.getByRole('button', { name: 'Compare Russia' }))
  expect(window.location.search).toBe('?compare=france,armenia,turkiye')
  expect(screen.getByRole('button', { name: 'Compare United States' })).toBeEnabled()
})

test('every rationale links to the method, which explains the rule', async () => {
  const { user } = renderApp()
  await resultCount()
  await user.click(
    within(screen.getByRole('article', { name: 'Russia' })).getByRole('button', {
      name: /Show the statement/,
    }),
  )
  const link = within(screen.getByRole('article', { name: 'Russia' })).getByRole('link', {
    name: 'How statements are coded',
  })
  expect(link).toHaveAttribute('href', '?view=method#derivation')
  await user.click(link)
  expect(
    await screen.findByRole('heading', { name: 'How the reactions are coded' }),
  ).toBeInTheDocument()
  expect(
    screen.getByRole('heading', { name: 'From statements to an actor’s stance' }),
  ).toBeInTheDocument()
  expect(screen.getByText(/the explicit stances decide/)).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Method' })).toHaveAttribute('aria-current', 'page')
  await user.click(screen.getByRole('link', { name: 'Dashboard' }))
  expect(await resultCount()).toBeInTheDocument()
})

test(
  '"Cite" copies both references, the statement’s own link and not the filtered view',
  citationStyles,
  async () => {
    const { user } = renderApp('/?stance=condemns')
    await resultCount()
    const card = screen.getByRole('article', { name: 'Armenia' })
    await user.click(within(card).getByRole('button', { name: /Show the statement/ }))
    await user.click(within(card).getByRole('button', { name: 'Cite this statement' }))
    const dialog = await screen.findByRole('dialog', { name: 'Cite: Statement by Armenia' })
    await user.click(
      await within(dialog).findByRole('button', { name: 'Copy MLA' }, citationStyles),
    )
    expect(within(dialog).getAllByRole('status').at(-1)).toHaveTextContent(
      'Copied both MLA references.',
    )
    const [article, dashboard] = (await navigator.clipboard.readText()).split('\n\n')
    expect(article).toBe(
      '“Azerbaijan Says Cease-Fire Achieved with Separatists in Karabakh.” Daily Sabah, 20 Sept. 2023.',
    )
    expect(dashboard).toMatch(
      /^Diplomatic reactions tracker\. “Statement by Armenia: ‘Full-Scale Aggression\.’” Reactions/,
    )
    expect(dashboard).toMatch(
      /http:\/\/localhost:3000\/\?statement=armenia-condemns-aggression&version=[\w.-]+\.$/,
    )
    expect(dashboard).not.toContain('stance=condemns')

    await user.click(
      within(dialog).getByRole('button', { name: 'Copy the article reference (APA)' }),
    )
    expect(await navigator.clipboard.readText()).toBe(
      'Azerbaijan says cease-fire achieved with separatists in Karabakh. (2023, September 20). Daily Sabah.',
    )
    expect(within(dialog).getByRole('region', { name: 'RIS' })).toHaveTextContent('TY - DATA')
    expect(
      within(dialog).getByRole('button', { name: 'Download CSL-JSON file (.json)' }),
    ).toBeInTheDocument()
  },
)

test('"Cite this view" cites the filtered view’s link', citationStyles, async () => {
  const { user } = renderApp('/?kind=state')
  expect(await citeThisView(user)).toHaveTextContent('url = {http://localhost:3000/?kind=state}')
})

test('when the source cannot be loaded, nothing offers to cite it', async () => {
  setFaultPlan({ sources: 'error' })
  renderApp()
  await resultCount()
  expect(screen.queryByRole('button', { name: 'Cite this view' })).not.toBeInTheDocument()
})
