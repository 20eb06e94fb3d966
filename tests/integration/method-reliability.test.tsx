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

test('the method page lists what changed between dataset versions, computed from both', async () => {
  renderApp('/?view=method')
  const section = await screen.findByRole('region', {
    name: 'What changed between dataset versions',
  })
  const statements = await within(section).findByRole('list', { name: 'Statements that changed' })
  expect(statements).toHaveTextContent(
    'Merged: turkiye-erdogan-negotiation-process (Türkiye) is now part of turkiye-support-for-operation',
  )
  expect(
    within(section).getByRole('list', { name: 'Actors’ stances that changed' }),
  ).toHaveTextContent('Türkiye: same stance, derived differently.')
  expect(section).toHaveTextContent(
    "Before: An actor's overall stance is the stance its statements express most often.",
  )
})
