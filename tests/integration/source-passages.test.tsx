import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { setFaultPlan } from '../../mocks/faults'
import { renderApp, resultCount } from '../render-app'

test('"View in source" marks every passage of a statement and focuses the fullest', async () => {
  const { user } = renderApp()
  await resultCount()
  const card = screen.getByRole('article', { name: 'Russia' })
  await user.click(within(card).getByRole('button', { name: /Show the statement/ }))
  await user.click(within(card).getByRole('button', { name: 'View in source' }))
  const dialog = await screen.findByRole('dialog', { name: 'In the source: Russia' })
  expect(dialog).toHaveTextContent('The article mentions it once more, also highlighted.')
  const article = await within(dialog).findByRole('region', { name: 'Article text' })
  const marks = [...article.querySelectorAll('mark')].map((mark) => mark.textContent)
  expect(marks).toHaveLength(2)
  // In the article's order: the earlier, shorter mention comes first on the page.
  expect(marks[0]).toContain(
    'Moscow urged both sides to stop the bloodshed in the disputed region.',
  )
  expect(marks[1]).toContain('Moscow called early on Wednesday on both sides')
  expect(document.activeElement?.textContent).toContain('Moscow called early on Wednesday')
})

test('an article that cannot be loaded is said so in the dialog, and its retry shows it', async () => {
  const { user } = renderApp()
  await resultCount()
  setFaultPlan({ sources: 'error' })
  const card = screen.getByRole('article', { name: 'Russia' })
  await user.click(within(card).getByRole('button', { name: /Show the statement/ }))
  await user.click(within(card).getByRole('button', { name: 'View in source' }))
  const dialog = await screen.findByRole('dialog', { name: 'In the source: Russia' })
  expect(await within(dialog).findByRole('alert')).toHaveTextContent(
    'The article could not be loaded.',
  )
  expect(within(dialog).queryByRole('region', { name: 'Article text' })).toBeNull()

  setFaultPlan({})
  await user.click(within(dialog).getByRole('button', { name: 'Try again' }))
  const article = await within(dialog).findByRole('region', { name: 'Article text' })
  expect(article).toHaveTextContent('Moscow called early on Wednesday on both sides')
  expect(within(dialog).queryByRole('alert')).toBeNull()
})
