import { act, render, screen } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'
import { ChartFrame } from '../../src/features/charts/components/chart-frame'
import { defaultViewState } from '../../src/lib/url-state/view-state'
import { WithSharedView } from '../shared-view'

/** An IntersectionObserver the test moves: `scrollNear()` tells every observer its target is near. */
function stubIntersectionObserver() {
  const callbacks: IntersectionObserverCallback[] = []
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(callback: IntersectionObserverCallback) {
        callbacks.push(callback)
      }
      observe() {}
      disconnect() {}
    },
  )
  return {
    scrollNear: () =>
      act(() => {
        for (const callback of callbacks)
          callback(
            [{ isIntersecting: true } as IntersectionObserverEntry],
            {} as IntersectionObserver,
          )
      }),
  }
}

/** A print media query the test switches on, as a browser does when the page is printed. */
function stubPrintMedia() {
  const listeners: ((event: MediaQueryListEvent) => void)[] = []
  const print = {
    matches: false,
    addEventListener: (_: string, listener: (event: MediaQueryListEvent) => void) =>
      listeners.push(listener),
    removeEventListener: () => {},
  }
  // jsdom has no media queries; the frame asks only for `print`.
  vi.stubGlobal('matchMedia', (query: string) => ({ ...print, matches: false, media: query }))
  return {
    print: () =>
      act(() => {
        for (const listener of listeners) listener({ matches: true } as MediaQueryListEvent)
      }),
  }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

const frame = (props: { asTable?: boolean; drawAtOnce?: boolean } = {}) => (
  <WithSharedView view={{ ...defaultViewState, tables: props.asTable ? ['distribution'] : [] }}>
    <ChartFrame
      chart="distribution"
      words={{
        subtitle: 'Actors by overall stance.',
        description: 'Three actors condemn the operation.',
        source: 'Source: the article',
        empty: null,
      }}
      drawing={<svg role="img" aria-label="The drawing" />}
      {...(props.drawAtOnce ? { drawAtOnce: true } : {})}
    />
  </WithSharedView>
)

test('a chart far from the view shows its title and description, and is drawn once it nears', () => {
  const { scrollNear } = stubIntersectionObserver()
  stubPrintMedia()
  render(frame())
  expect(screen.getByRole('figure', { name: 'How many take each stance' })).toBeInTheDocument()
  expect(screen.getByText('Three actors condemn the operation.')).toBeInTheDocument()
  expect(screen.queryByRole('img', { name: 'The drawing' })).not.toBeInTheDocument()
  scrollNear()
  expect(screen.getByRole('img', { name: 'The drawing' })).toBeInTheDocument()
})

test('printing draws a chart that was never near the view', () => {
  stubIntersectionObserver()
  const { print } = stubPrintMedia()
  render(frame())
  expect(screen.queryByRole('img', { name: 'The drawing' })).not.toBeInTheDocument()
  print()
  expect(screen.getByRole('img', { name: 'The drawing' })).toBeInTheDocument()
})

test('a table, and an embed of one chart, are shown at once', () => {
  stubIntersectionObserver()
  stubPrintMedia()
  const { unmount } = render(frame({ asTable: true }))
  expect(screen.getByRole('img', { name: 'The drawing' })).toBeInTheDocument()
  unmount()
  render(frame({ drawAtOnce: true }))
  expect(screen.getByRole('img', { name: 'The drawing' })).toBeInTheDocument()
})
