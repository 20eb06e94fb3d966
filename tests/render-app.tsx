import { QueryClient } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../src/app/app'

/** Renders the whole app at `url` against the mock API, without retries so failures show at once. */
export function renderApp(
  url = '/',
  queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
  }),
) {
  window.history.replaceState(null, '', url)
  const user = userEvent.setup()
  return { user, queryClient, ...render(<App queryClient={queryClient} />) }
}

/** The line that says how many actors are shown, once the results are on screen. */
export const resultCount = () =>
  screen.findByText(/^(All [\d,]+ actors?|Showing [\d,]+ of [\d,]+ actors?)/)

/** The names of the actor cards on screen, in order, once the results are shown. */
export async function shownActors(): Promise<string[]> {
  await resultCount()
  return screen
    .queryAllByRole('article')
    .map((card) => within(card).getByRole('heading', { level: 3 }).textContent)
}

/**
 * A filter checkbox, found by its group and option name ("Condemns the operation 4 actors",
 * "France 3 statements").
 */
export const filterOption = (group: string, option: string) =>
  within(screen.getByRole('group', { name: group })).getByRole('checkbox', {
    name: new RegExp(`^${option} [\\d,]+ (actors?|statements?)$`),
  })

/** The same checkbox, waited for: the filters show as soon as their own data is in. */
export const findFilterOption = async (group: string, option: string) =>
  within(await screen.findByRole('group', { name: group })).findByRole('checkbox', {
    name: new RegExp(`^${option} [\\d,]+ (actors?|statements?)$`),
  })

/**
 * Time for the Cite dialog's styles: citeproc builds them once per test file, in jsdom on the
 * test's own thread, which takes seconds on a shared machine. A test that opens the dialog waits
 * for them, so that the work is done before the next test starts.
 */
export const citationStyles = { timeout: 60_000 }

/** Once the results are shown, opens “Cite this view” and gives the BibTeX it offers. */
export async function citeThisView(user: ReturnType<typeof userEvent.setup>) {
  await resultCount()
  await user.click(screen.getByRole('button', { name: 'Cite this view' }))
  const dialog = await screen.findByRole('dialog', { name: 'Cite: this view' })
  await within(dialog).findByRole('region', { name: 'APA Style 7th edition' }, citationStyles)
  return within(dialog).getByRole('region', { name: 'BibTeX' })
}
