import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { renderApp, shownActors } from '../render-app'

test('a statement permalink opens its actor’s card on it, whatever the filters', async () => {
  // The filter alone would hide France, which condemns the operation.
  renderApp('/?stance=supports&statement=france-condemnation')
  expect(await shownActors()).toEqual(['France', 'Türkiye'])
  const linked = await screen.findByRole('listitem', { name: 'Linked statement by France' })
  expect(linked).toHaveFocus()
  expect(within(linked).getByRole('button', { name: 'View in source' })).toBeVisible()
})

test('an unknown statement id gets a notice, and the dashboard as usual', async () => {
  renderApp('/?statement=no-such-statement')
  expect(await shownActors()).toHaveLength(10)
  const notice = await screen.findByRole('status', { name: /could not be used/ })
  expect(notice).toHaveTextContent('statement = no-such-statement: no such statement')
})
