import { render, screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { ReliabilityReport } from '../../src/features/method/components/reliability-section'
import { renderApp } from '../render-app'

test('the method page shows agreement, alpha and every disagreement with its resolution', async () => {
  renderApp('/?view=method')
  const section = await screen.findByRole('region', { name: 'Agreement between two coders' })
  const table = await within(section).findByRole('table', { name: /per field/ })
  const row = (name: RegExp) => within(table).getByRole('row', { name })
  expect(row(/^Stance \(ordinal scale\)/)).toHaveTextContent('100%1.000 (ordinal)')
  expect(row(/^Channel/)).toHaveTextContent('95.5%')
  expect(within(section).getAllByText(/^Resolution: Kept as A/)).toHaveLength(3)
  expect(within(section).queryByText('Resolution: not resolved yet.')).not.toBeInTheDocument()
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
