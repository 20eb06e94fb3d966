import { screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { citationStyles, citeThisView, renderApp, resultCount, shownActors } from '../render-app'

test('one card embedded from a filtered view shows that card, and nothing to compare', async () => {
  // France condemns the operation: the "supports" filter alone would hide it.
  renderApp('/?stance=supports&compare=russia,france&embed=card:france')
  expect(await shownActors()).toEqual(['France'])
  expect(screen.queryByRole('button', { name: /^Compare/ })).not.toBeInTheDocument()
})

test('an embed cites the full view, not the embed', citationStyles, async () => {
  const { user } = renderApp('/?kind=state&embed=cards&theme=dark')
  expect(await citeThisView(user)).toHaveTextContent('url = {http://localhost:3000/?kind=state}')
})

test('the comparison embed shows the comparison without its picker', async () => {
  renderApp('/?compare=united-states,turkiye&embed=compare')
  expect(await screen.findByRole('heading', { name: 'Compare positions' })).toBeInTheDocument()
  expect(
    screen.queryByRole('combobox', { name: /Choose two to four actors/ }),
  ).not.toBeInTheDocument()
})

test('closing the Embed dialog hands the focus back to its button', async () => {
  const { user } = renderApp()
  await resultCount()
  const embed = await screen.findByRole('button', { name: 'Embed' })
  await user.click(embed)
  await screen.findByRole('dialog', { name: 'Embed this view' })
  await user.keyboard('{Escape}')
  await expect.poll(() => document.activeElement).toBe(embed)
})
