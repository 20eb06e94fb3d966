import { QueryClient } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../src/app/app'

/** Renders the whole app against the mock API, without retries so failures show at once. */
export function renderApp() {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
  })
  const user = userEvent.setup()
  return { user, queryClient, ...render(<App queryClient={queryClient} />) }
}
