import { screen, within } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'
import { findFilterOption, renderApp, resultCount } from '../render-app'

afterEach(() => {
  vi.unstubAllGlobals()
})

/** A phone's screen: no media query for a wide one matches. */
function narrowScreen() {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }))
}

test('the skip link moves to the results without writing into the address', async () => {
  const { user } = renderApp('/?kind=state')
  await resultCount()
  await user.click(screen.getByRole('link', { name: 'Skip to results' }))
  expect(screen.getByRole('heading', { name: 'Actors' })).toHaveFocus()
  expect(window.location.href).toBe('http://localhost:3000/?kind=state')
})

test('on a phone the open filters say how many actors match, and jump to them', async () => {
  narrowScreen()
  const { user } = renderApp()
  await resultCount()
  await user.click(screen.getByRole('button', { name: 'Show filters' }))
  await user.click(await findFilterOption('Kind of actor', 'Party to the conflict'))
  const filters = screen.getByRole('complementary', { name: 'Filters' })
  expect(await within(filters).findByText('2 actors match')).toBeInTheDocument()
  await user.click(within(filters).getByRole('button', { name: 'Show the results' }))
  expect(screen.getByRole('heading', { name: 'Actors' })).toHaveFocus()
})
