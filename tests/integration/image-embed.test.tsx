import { screen, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { renderApp } from '../render-app'

// The chart code is a lazy chunk; on a busy machine its first load takes seconds.
vi.setConfig({ testTimeout: 60_000 })

test('the Embed dialog gives a chart as a linked image, its alt text the chart’s description', async () => {
  const { user } = renderApp('/?stance=condemns')
  const chart = await screen.findByRole(
    'figure',
    { name: 'How many take each stance' },
    { timeout: 15_000 },
  )
  const description = chart.querySelector('.chart-description')?.textContent ?? ''
  expect(description).not.toBe('')
  await user.click(screen.getByRole('button', { name: 'Embed' }))
  const dialog = await screen.findByRole('dialog', { name: 'Embed this view' })
  await user.selectOptions(
    within(dialog).getByRole('combobox', { name: 'What to embed' }),
    'Chart: How many take each stance',
  )
  const code = within(dialog).getByRole('textbox', { name: 'Image code' })
  const snippet = new DOMParser().parseFromString((code as HTMLTextAreaElement).value, 'text/html')
  expect(snippet.querySelector('a')?.getAttribute('href')).toBe(
    `${window.location.origin}/?stance=condemns`,
  )
  const image = snippet.querySelector('a > img')
  expect(image?.getAttribute('alt')).toBe(`How many take each stance. ${description}`)
  expect(image?.getAttribute('src')).toMatch(/^reactions-karabakh-2023-.+-distribution\.png$/)
  expect(within(dialog).getByRole('button', { name: 'Download the PNG' })).toBeInTheDocument()
})

test('the cards have no image embed: only a chart is an image', async () => {
  const { user } = renderApp('/')
  await user.click(await screen.findByRole('button', { name: 'Embed' }))
  const dialog = await screen.findByRole('dialog', { name: 'Embed this view' })
  expect(within(dialog).queryByRole('textbox', { name: 'Image code' })).toBeNull()
})
