import { screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { filterOption, renderApp, resultCount, shownActors } from '../render-app'

test('the stance of a statement is a filter of its own, apart from the actor’s overall stance', async () => {
  const { user } = renderApp()
  await resultCount()
  // Türkiye's overall stance supports the operation, but its foreign ministry's own statement
  // calls on all sides: the statement filter finds Türkiye there; the actor filter does not.
  await user.click(filterOption('Stance of a statement', 'Calls on all sides'))
  expect(await shownActors()).toContain('Türkiye')
  expect(window.location.search).toBe('?statement-stance=calls-on-all-sides')
  expect(
    screen.getByRole('button', { name: 'Remove filter Stance of a statement: Calls on all sides' }),
  ).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Clear all' }))
  await user.click(filterOption('Stance', 'Calls on all sides'))
  expect(await shownActors()).not.toContain('Türkiye')
})
