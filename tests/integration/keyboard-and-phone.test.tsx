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

test('the skip links move to the first card, the filters and the charts without writing into the address', async () => {
  const { user } = renderApp('/?kind=state')
  await resultCount()
  await user.click(screen.getByRole('link', { name: 'Skip to results' }))
  const results = screen.getByRole('region', { name: 'Actors' })
  expect(within(results).getAllByRole('article')[0]).toHaveFocus()
  expect(document.activeElement).toHaveAccessibleName('United States')
  await user.click(screen.getByRole('link', { name: 'Skip to filters' }))
  expect(screen.getByRole('heading', { name: 'Filters' })).toHaveFocus()
  await user.click(screen.getByRole('link', { name: 'Skip to charts' }))
  expect(screen.getByRole('heading', { name: 'Charts' })).toHaveFocus()
  expect(window.location.href).toBe('http://localhost:3000/?kind=state')
})

test('the page’s parts are landmarks with names, under one h1', async () => {
  renderApp()
  await resultCount()
  // A card's own header is no banner in a browser; jsdom's roles do not know it, hence the name.
  expect(screen.getByRole('banner', { name: 'Diplomatic reactions tracker' })).toBeInTheDocument()
  expect(screen.getByRole('navigation', { name: 'Pages' })).toBeInTheDocument()
  expect(screen.getByRole('main')).toHaveAccessibleName('Dashboard')
  expect(screen.getByRole('complementary', { name: 'Filters' })).toBeInTheDocument()
  expect(screen.getByRole('region', { name: 'Actors' })).toBeInTheDocument()
  expect(screen.getByRole('region', { name: 'Charts' })).toBeInTheDocument()
  expect(screen.getByRole('contentinfo', { name: 'About the data' })).toBeInTheDocument()
  expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
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

test('the comparison’s picker is one tab stop, the arrow keys moving through its list', async () => {
  const { user } = renderApp()
  await resultCount()
  const box = screen.getByRole('combobox', { name: /^Choose two to four actors/ })
  const picker = box.closest('.compare-picker') as HTMLElement
  await user.click(box)
  await user.keyboard('{ArrowDown}{ArrowDown}')
  // The list's options are reached by the arrows, the focus staying in the box.
  expect(box).toHaveFocus()
  expect(box).toHaveAttribute('aria-activedescendant')
  await user.keyboard('{Escape}')
  await user.tab()
  expect(picker).not.toContainElement(document.activeElement as HTMLElement)
  await user.tab({ shift: true })
  expect(box).toHaveFocus()
})
