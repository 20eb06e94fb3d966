import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { createHandlers } from '../../mocks/handlers/all'
import { articleDataset, withWorkspace } from '../../mocks/handlers/dataset'
import { server } from '../../mocks/serve/node'
import { event } from '../../data/event'
import { fictionalSecondSource } from '../fictional-second-source'
import { renderApp, resultCount } from '../render-app'

// The article reports France condemning the operation; a fictional second source, filed under the
// same event in the workspace, reports it calling on Azerbaijan to halt. Both are the reporters'
// words, so by the codebook neither outweighs the other and France's stance is mixed.
const serveWithSecondSource = () =>
  server.use(...createHandlers(withWorkspace(articleDataset, fictionalSecondSource(event.id))))

const article = 'the European Union, France and Germany condemned Azerbaijan’s military action.'
const fictional = 'France called on Azerbaijan to halt its offensive.'
const difference =
  'The sources differ: Daily Sabah reports a condemnation of the operation, in the reporter’s words; Fictional Courier reports a call on Azerbaijan to halt, in the reporter’s words.'
const rule =
  'Mixed: weighed across 2 sources, which disagree and weigh the same (none quotes its own words); the rule prefers neither reading.'

/** Each account as a reader sees it: the source, the stance, the words. */
const accountsIn = (region: HTMLElement) =>
  within(region)
    .getAllByRole('listitem')
    .map((item) => item.textContent)

test('France’s card sets both accounts side by side, says where they differ and the stance by the rule', async () => {
  serveWithSecondSource()
  renderApp('/')
  await resultCount()
  const card = screen.getByRole('article', { name: 'France' })
  expect(
    within(card).getAllByText(/^Mixed: Urges Azerbaijan to halt – Condemns the operation$/),
  ).not.toHaveLength(0)
  expect(card).toHaveTextContent(
    'In 2 sources, each reported in the reporters’ words; no quotation of its own. The reporter’s verb states the stance in 1 of them.',
  )
  const accounts = await within(card).findByRole('region', {
    name: 'What each source reports of France',
  })
  const [first, second] = accountsIn(accounts)
  expect(first).toContain('Daily Sabah')
  expect(first).toContain('Condemns the operation')
  expect(first).toContain(article)
  expect(second).toContain('Fictional Courier')
  expect(second).toContain('Urges Azerbaijan to halt')
  expect(second).toContain(fictional)
  expect(accounts).toHaveTextContent(difference)
  expect(accounts).toHaveTextContent(rule)
  // Germany, which only the article reports, keeps its one account and its stance.
  const germany = screen.getByRole('article', { name: 'Germany' })
  expect(within(germany).queryByRole('region', { name: /What each source reports/ })).toBeNull()
  expect(germany).toHaveTextContent(
    'In 1 source, reported in the reporter’s words; no quotation of its own. The reporter’s verb states the stance.',
  )
})

test('the comparison shows France’s two accounts, the difference and the stance by the rule', async () => {
  serveWithSecondSource()
  renderApp('/?compare=france,germany')
  const table = await screen.findByRole('table', { name: /side by side/ })
  const row = within(table).getByRole('rowheader', { name: 'What each source reports' })
  const [france, germany] = within(row.closest('tr')!).getAllByRole('cell')
  if (!france || !germany) throw new Error('Both actors should have a cell')
  const accounts = await within(france).findByRole('region', {
    name: 'What each source reports of France',
  })
  const [first, second] = accountsIn(accounts)
  expect(first).toContain('Daily Sabah')
  expect(first).toContain(article)
  expect(second).toContain('Fictional Courier')
  expect(second).toContain(fictional)
  expect(accounts).toHaveTextContent(difference)
  expect(accounts).toHaveTextContent(rule)
  expect(germany).toHaveTextContent('Reported by 1 source')
  const derived = within(
    within(table)
      .getByRole('rowheader', { name: /^How the stance was derived/ })
      .closest('tr')!,
  )
  expect(derived.getAllByRole('cell')[0]).toHaveTextContent(
    'Weighed across its sources (see what each reports), based on 2 statements',
  )
  const stance = within(
    within(table)
      .getByRole('rowheader', { name: /^Stance/ })
      .closest('tr')!,
  )
  expect(stance.getAllByRole('cell')[0]).toHaveTextContent(
    'Mixed: Urges Azerbaijan to halt – Condemns the operation',
  )
})

test('the method page states the source’s limits and the weight of the reporter’s verbs, counted from the data', async () => {
  serveWithSecondSource()
  renderApp('/?view=method')
  const section = await screen.findByRole('region', {
    name: 'What one source can and cannot tell',
  })
  expect(
    await within(section).findByText(
      /Every published statement comes from one article of one outlet/,
    ),
  ).toHaveTextContent('Daily Sabah, via Azerbaijan in Focus')
  // The analyst's fictional source is not part of the published record.
  expect(section).not.toHaveTextContent('Fictional Courier')
  expect(section).toHaveTextContent(
    'For 5 of the 8 actors placed on the scale (European Union, France, Germany, Türkiye and Armenia), the article’s own verb states their evaluation',
  )
  expect(section).toHaveTextContent(
    'For 3 of them (European Union, France and Germany) the verb is all there is',
  )
  const [shared] = within(section).getAllByRole('listitem')
  expect(shared).toHaveTextContent(article)
  expect(shared).toHaveTextContent(
    'The verb here decides the stance of European Union, France and Germany.',
  )
})
