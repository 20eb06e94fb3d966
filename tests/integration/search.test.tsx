import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { sourceText } from '../../data/source-text'
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

const card = async (name: string) => {
  await resultCount()
  return screen.getByRole('article', { name })
}
const marks = (element: HTMLElement) =>
  [...element.querySelectorAll('mark')].map((mark) => mark.textContent)

test('a card highlights the phrase in the quotation and leaves the article’s words as they are', async () => {
  renderApp('/?q=%22territorial%20integrity%22')
  const turkiye = await card('Türkiye')
  const quote = within(turkiye).getAllByRole('blockquote')[0]
  if (!quote) throw new Error('Türkiye’s card shows no quotation.')
  expect(marks(quote)).toEqual(['territorial integrity'])
  const words = quote.textContent.replace(/^“|”$/g, '')
  expect(sourceText).toContain(words)
})

test('“ceasefire” highlights the article’s “cease-fire” in the expanded statements', async () => {
  const { user } = renderApp('/?q=ceasefire')
  const russia = await card('Russia')
  await user.click(within(russia).getByRole('button', { name: /^Show/ }))
  const found = marks(russia)
  expect(found.length).toBeGreaterThan(0)
  for (const text of found) expect(text).toBe('cease-fire')
})

test('a search for a speaker highlights the speaker’s name', async () => {
  renderApp('/?q=erdogan')
  const turkiye = await card('Türkiye')
  const speakers = within(turkiye).getAllByRole('definition')
  expect(speakers.flatMap(marks)).toContain('Erdoğan')
})

test('a card found only by its coding says which coding matched', async () => {
  renderApp('/?q=humanitarian')
  const russia = await card('Russia')
  expect(marks(russia)).toEqual([])
  expect(within(russia).getByText('Matched the coding: Humanitarian concern')).toBeVisible()
})
