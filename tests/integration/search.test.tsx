import { screen, waitFor } from '@testing-library/react'
import { expect, test } from 'vitest'
import { renderApp, resultCount, shownActors } from '../render-app'

const searchBox = () => screen.getByRole('searchbox', { name: 'Search' })

test('“ceasefire”, “cease fire” and “cease-fire” find the same actors', async () => {
  const { user } = renderApp()
  await resultCount()
  await user.type(searchBox(), 'cease-fire')
  await waitFor(async () => expect((await shownActors()).length).toBeLessThan(10))
  const spelled = await shownActors()
  expect(spelled.length).toBeGreaterThan(0)
  for (const variant of ['ceasefire', 'Cease Fire']) {
    await user.clear(searchBox())
    await user.type(searchBox(), variant)
    await waitFor(async () => expect(await shownActors()).toEqual(spelled))
  }
})

test('“humanitarian” finds the actors coded “Humanitarian concern”, not only the word', async () => {
  renderApp('/?q=humanitarian')
  const shown = await shownActors()
  expect(shown).toEqual(expect.arrayContaining(['Russia', 'Armenia', 'Azerbaijan']))
})

test('a quoted phrase finds the words together, in that order', async () => {
  renderApp('/?q=%22territorial%20integrity%22')
  expect(await shownActors()).toContain('Türkiye')
})

test('the same words quoted in another order find nothing', async () => {
  renderApp('/?q=%22integrity%20territorial%22')
  expect(await shownActors()).toEqual([])
})
