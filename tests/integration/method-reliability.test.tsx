import { render, screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { ReliabilityReport } from '../../src/features/method/components/reliability-section'
import { actors } from '../../data/actors'
import { reliabilityOf, secondCoding } from '../../data/codings/reliability'
import { statements } from '../../data/statements'
import { channels, dimensionIds, stanceIds } from '../../src/lib/vocabulary'
import { renderApp } from '../render-app'

test('the method page shows agreement and alpha with a range per field, over every act', async () => {
  renderApp('/?view=method')
  const section = await screen.findByRole('region', { name: 'Agreement between two coders' })
  const table = await within(section).findByRole(
    'table',
    { name: /for every act either coder found/ },
    { timeout: 5000 },
  )
  const row = (name: string) => within(table).getByRole('row', { name: new RegExp(`^${name}`) })
  // Coder C gave the two acts the Azerbaijani presidency relayed to Azerbaijan; the relay rule
  // gives them to the separatists, so the coders agree on the actor of 20 acts out of 22.
  expect(row('Whose act it is')).toHaveTextContent(
    /^Whose act it is20 of 22 acts, 90.9%0\.\d{3}0\.\d{3} to 1\.000$/,
  )
  expect(section).toHaveTextContent(
    `Between them the two coders found ${statements.length} acts: ${statements.length} found by both`,
  )
  // The stance scale is measured where either coder placed the actor, not over every act.
  const placed = within(section).getByRole('table', { name: /where either coder placed the actor/ })
  const actorsPlaced = statements.filter((statement) => statement.stance !== null).length
  expect(within(placed).getByRole('row', { name: /^Stance on the scale/ })).toHaveTextContent(
    `${actorsPlaced} of ${actorsPlaced} acts`,
  )
  expect(section).toHaveTextContent('drawing the acts again at random, with repeats, 10,000 times')
})

test('every disagreement is settled by a written rule, named in words', async () => {
  renderApp('/?view=method')
  const section = await screen.findByRole('region', { name: 'Agreement between two coders' })
  const list = await within(section).findByRole(
    'list',
    { name: 'Every disagreement, and the rule that settles it' },
    { timeout: 5000 },
  )
  const items = within(list).getAllByRole('listitem')
  expect(items.length).toBeGreaterThan(0)
  for (const item of items)
    expect(item).toHaveTextContent(/Settled by the codebook’s rule “[^”]+”, which gives/)
  expect(within(list).getAllByRole('link', { name: '“Relayed words and acts”' })).toHaveLength(4)
  expect(section).not.toHaveTextContent(/Not settled|Kept as/)
  // A quoted value that ends its own sentence is not given a second full stop.
  expect(section).not.toHaveTextContent(/\.”\./)
})

test('the agreement is told without ids or brackets', async () => {
  renderApp('/?view=method')
  const section = await screen.findByRole('region', { name: 'Agreement between two coders' })
  await within(section).findByRole('list', { name: /Every disagreement/ }, { timeout: 5000 })
  // The article's own words are quoted as printed; what the page says around them is checked.
  const passages = reliabilityOf(secondCoding).reliability?.disagreements.map(
    (item) => item.passage,
  )
  let text = section.textContent
  for (const passage of passages ?? []) text = text.split(passage).join('')
  expect(text).not.toMatch(/[[\]{}()]/)
  const ids = [...stanceIds, ...dimensionIds, ...channels, ...actors.map((actor) => actor.id)]
  for (const id of ids.filter((id) => id.includes('-'))) expect(text, id).not.toContain(id)
})

test('without a second coding the method page says it is not available yet', () => {
  render(<ReliabilityReport answer={{ available: false, reliability: null, problems: [] }} />)
  expect(screen.getByText(/The second, blind coding is not available yet/)).toBeInTheDocument()
})

test('the method page lists what changed at each step between dataset versions, computed from both', async () => {
  renderApp('/?view=method')
  const section = await screen.findByRole('region', {
    name: 'What changed between dataset versions',
  })
  // Codebook 2 to 3: the words are written from the event, and read as before for the article.
  const words = await within(section).findByRole('list', {
    name: 'The codebook’s words that changed from 2026-11-28.1 to 2026-12-07.1',
  })
  expect(words).toHaveTextContent(
    'The stance of rank 3, its label. Now: Urges Azerbaijan to halt. For any event it reads: Urges the initiator to halt. Before: Urges Azerbaijan to halt.',
  )
  expect(section).toHaveTextContent('No statement was added, dropped or recoded.')
  // The rules added are named once each, and a dimension by its words, not its id.
  expect(words).toHaveTextContent(
    '2 rules added, under Coding rules above: The event: what the reactions are about. A call on all sides: a rank and an addressee.',
  )
  expect(words).toHaveTextContent('The dimension Territorial integrity, its question.')
  expect(words).not.toHaveTextContent(/\.”\./)
  // Codebook 1 to 2, still listed below it.
  const statements = await within(section).findByRole('list', {
    name: 'Statements that changed from 2026-11-27.1 to 2026-11-28.1',
  })
  expect(statements).toHaveTextContent(
    'Türkiye: the statement from the words that begin “with President Recep Tayyip Erdoğan, saying” is no longer one of its own; it is now part of its statement that begins “Türkiye expressed support for Baku’s operation”, as one act of speech.',
  )
  expect(
    within(section).getByRole('list', {
      name: 'Actors’ stances that changed from 2026-11-27.1 to 2026-11-28.1',
    }),
  ).toHaveTextContent(
    'Türkiye: still supports the operation. Before, the most frequent stance of its 3 statements with a stance',
  )
  expect(section).toHaveTextContent(
    "Before: An actor's overall stance is the stance its statements express most often.",
  )
})
