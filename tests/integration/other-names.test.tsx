import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { renderApp, shownActors } from '../render-app'

const searchBox = () => screen.getByRole('searchbox', { name: 'Search' })

test('“Turkey” finds Türkiye’s statements, and says it showed Türkiye for it', async () => {
  renderApp('/?q=Turkey')
  // The words alone find nothing; the actors' other names, once loaded, find Türkiye.
  expect(await screen.findByText('Showing Türkiye for “Turkey”.')).toBeVisible()
  await waitFor(async () => expect(await shownActors()).toEqual(['Türkiye']))
})

test('a capital typed into the search finds its state', async () => {
  const { user } = renderApp()
  await shownActors()
  await user.type(searchBox(), 'Ankara')
  await waitFor(async () => expect(await shownActors()).toEqual(['Türkiye']))
  expect(screen.getByText('Showing Türkiye for “Ankara”, its capital.')).toBeVisible()
})

test('“Pashinyan” finds Armenia and marks the article’s “Pashinian” where others name him', async () => {
  const { user } = renderApp('/?q=Pashinyan')
  await waitFor(async () =>
    expect(await shownActors()).toEqual(expect.arrayContaining(['Armenia', 'United States'])),
  )
  expect(
    screen.getByText(
      'Showing Armenia for “Pashinyan”: the article’s “Armenia’s Prime Minister Nikol Pashinian”.',
    ),
  ).toBeVisible()
  const unitedStates = screen.getByRole('article', { name: 'United States' })
  await user.click(within(unitedStates).getByRole('button', { name: /^Show/ }))
  const marks = [...unitedStates.querySelectorAll('mark')].map((mark) => mark.textContent)
  expect(marks).toContain('Pashinian')
})

test('a near miss that finds nothing offers the nearest name, and the button searches for it', async () => {
  const { user } = renderApp('/?q=Pashinan')
  expect(await shownActors()).toEqual([])
  const empty = screen.getByText('No actor matches these filters.')
  expect(empty).toBeVisible()
  await user.click(await screen.findByRole('button', { name: 'Pashinian' }))
  await waitFor(async () => expect(await shownActors()).toContain('Armenia'))
  expect(searchBox()).toHaveValue('Pashinian')
  expect(within(document.body).queryByText('No actor matches these filters.')).toBeNull()
})
