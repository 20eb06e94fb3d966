import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { resetFaults } from '../mocks/faults'
import { server } from '../mocks/serve/node'

// recharts' ResponsiveContainer measures its parent; jsdom has no layout, so report a size.
class FixedSizeResizeObserver implements ResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const contentRect = DOMRectReadOnly.fromRect({ width: 800, height: 400 })
    const entry: ResizeObserverEntry = {
      target,
      contentRect,
      borderBoxSize: [{ inlineSize: 800, blockSize: 400 }],
      contentBoxSize: [{ inlineSize: 800, blockSize: 400 }],
      devicePixelContentBoxSize: [{ inlineSize: 800, blockSize: 400 }],
    }
    this.callback([entry], this)
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = FixedSizeResizeObserver
// jsdom has no layout, so nothing to scroll: accept the call.
Element.prototype.scrollIntoView = function scrollIntoView() {}
window.scrollTo = function scrollTo() {}

// Shared two-core machines render slowly at times; wait longer before a query gives up.
configure({ asyncUtilTimeout: 5000 })

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterEach(() => {
  cleanup()
  window.history.replaceState(null, '', '/')
  localStorage.clear()
  delete document.documentElement.dataset.theme
  server.resetHandlers()
  resetFaults()
})
afterAll(() => server.close())

// An unexpected console.error is a bug the test did not ask for: fail on it.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`)
  })
})
