import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { allActorNames } from '../fixtures'
import { filterOption, renderApp, resultCount, shownActors } from '../render-app'

const everyone = allActorNames

test('without filters every actor is shown, the eight reacting actors first', async () => {
  renderApp()
  expect(await shownActors()).toEqual(everyone)
  expect(await resultCount()).toHaveTextContent('All 10 actors · 22 statements')
})

test('stance: "condemns" shows exactly the actors the article reports as condemning', async () => {
  const { user } = renderApp()
  await resultCount()
  await user.click(filterOption('Stance', 'Condemns the operation'))
  expect(await shownActors()).toEqual(['European Union', 'France', 'Germany', 'Armenia'])
  expect(window.location.search).toBe('?stance=condemns')
  expect(await resultCount()).toHaveTextContent('Showing 4 of 10 actors')
})

test('within one filter any value matches; across filters all must', async () => {
  const { user } = renderApp()
  await resultCount()
  await user.click(filterOption('Stance', 'Condemns the operation'))
  await user.click(filterOption('Stance', 'Supports the operation'))
  expect(await shownActors()).toEqual(['European Union', 'France', 'Germany', 'Türkiye', 'Armenia'])
  await user.click(filterOption('Kind of actor', 'International organisation'))
  expect(await shownActors()).toEqual(['European Union'])
})

test('each option shows how many actors it would give', async () => {
  renderApp()
  await resultCount()
  expect(filterOption('Stance', 'Condemns the operation')).toHaveAccessibleName(
    'Condemns the operation 4 actors',
  )
  expect(filterOption('Stance', 'Urges Azerbaijan to halt')).toHaveAccessibleName(
    'Urges Azerbaijan to halt 1 actor',
  )
  expect(filterOption('Kind of actor', 'Party to the conflict')).toHaveAccessibleName(
    'Party to the conflict 2 actors',
  )
})

test('kind, actor, position, channel and speaker filters', async () => {
  const { user } = renderApp()
  await resultCount()
  await user.click(filterOption('Kind of actor', 'Party to the conflict'))
  expect(await shownActors()).toEqual(['Azerbaijan', 'Karabakh Armenian authorities'])
  await user.click(screen.getByRole('button', { name: 'Clear all' }))

  await user.click(filterOption('Actor', 'Russia'))
  await user.click(filterOption('Actor', 'France'))
  expect(await shownActors()).toEqual(['France', 'Russia'])
  await user.click(screen.getByRole('button', { name: 'Clear all' }))

  await user.click(filterOption('Position', 'Humanitarian concern'))
  expect(await shownActors()).toEqual(['Russia', 'Armenia', 'Azerbaijan'])
  await user.click(screen.getByRole('button', { name: 'Clear all' }))

  await user.click(filterOption('Channel', 'Phone call'))
  // Aliyev's readiness, relayed by the State Department's readout, was said on the call.
  expect(await shownActors()).toEqual(['United States', 'Azerbaijan'])
  await user.click(screen.getByRole('button', { name: 'Clear all' }))

  await user.click(filterOption('Speaker', 'Recep Tayyip Erdoğan'))
  expect(await shownActors()).toEqual(['Türkiye'])
})

test('a date range keeps actors with a statement that could fall in it', async () => {
  const { user } = renderApp()
  await resultCount()
  const dates = within(screen.getByRole('group', { name: 'Date of statement' }))
  await user.type(dates.getByLabelText('From'), '2023-09-21')
  expect(await shownActors()).toEqual([])
  expect(screen.getByText('No actor matches these filters.')).toBeInTheDocument()
})

test('search finds an actor by a speaker’s name, ignoring accents', async () => {
  const { user } = renderApp()
  await resultCount()
  await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'blinken')
  await waitFor(async () => expect(await shownActors()).toEqual(['United States']))
  await user.clear(screen.getByRole('searchbox', { name: 'Search' }))
  await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'erdogan{Enter}')
  await waitFor(async () => expect(await shownActors()).toEqual(['Türkiye', 'Azerbaijan']))
  expect(window.location.search).toBe('?q=erdogan')
})

test('active filters are chips that remove themselves, and "Clear all" clears them', async () => {
  const { user } = renderApp('/?stance=condemns&kind=state')
  expect(await shownActors()).toEqual(['France', 'Germany', 'Armenia'])
  await user.click(screen.getByRole('button', { name: 'Remove filter Kind of actor: State' }))
  expect(await shownActors()).toEqual(['European Union', 'France', 'Germany', 'Armenia'])
  await user.click(screen.getByRole('button', { name: 'Clear all' }))
  expect(await shownActors()).toEqual(everyone)
  expect(window.location.search).toBe('')
})

test('the empty state offers to clear the filters', async () => {
  const { user } = renderApp('/?stance=supports&kind=international-organisation')
  expect(await shownActors()).toEqual([])
  await user.click(screen.getByRole('button', { name: 'Clear all filters' }))
  expect(await shownActors()).toEqual(everyone)
})

test('the URL is the view: a link reproduces it, Back and Forward walk the changes', async () => {
  const { user, unmount } = renderApp()
  await resultCount()
  await user.click(filterOption('Stance', 'Condemns the operation'))
  await user.click(filterOption('Kind of actor', 'State'))
  expect(await shownActors()).toEqual(['France', 'Germany', 'Armenia'])
  const link = window.location.href
  unmount()

  renderApp(new URL(link).pathname + new URL(link).search)
  expect(await shownActors()).toEqual(['France', 'Germany', 'Armenia'])
  expect(filterOption('Stance', 'Condemns the operation')).toBeChecked()
  expect(filterOption('Kind of actor', 'State')).toBeChecked()
  await user.click(filterOption('Kind of actor', 'State'))
  expect(await shownActors()).toEqual(['European Union', 'France', 'Germany', 'Armenia'])

  await act(async () => {
    window.history.back()
    await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }))
  })
  expect(await shownActors()).toEqual(['France', 'Germany', 'Armenia'])
  await act(async () => {
    window.history.forward()
    await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }))
  })
  expect(await shownActors()).toEqual(['European Union', 'France', 'Germany', 'Armenia'])
})

test('a link with malformed parameters shows the dashboard with a dismissible notice', async () => {
  const { user } = renderApp('/?stance=condemns,furious&actor=atlantis&from=yesterday&colour=red')
  expect(await shownActors()).toEqual(['European Union', 'France', 'Germany', 'Armenia'])
  const notice = screen.getByText(/Part of this link could not be read/).closest('[role="status"]')
  expect(notice).not.toBeNull()
  const text = notice?.textContent ?? ''
  expect(text).toContain('Ignored stance “furious”')
  expect(text).toContain('Ignored actor “atlantis”')
  expect(text).toContain('Ignored the date “yesterday”')
  expect(text).toContain('Ignored the unknown setting “colour”')
  await waitFor(() => expect(window.location.search).toBe('?stance=condemns'))
  await user.click(screen.getByRole('button', { name: 'Dismiss' }))
  expect(screen.queryByText(/Part of this link could not be read/)).not.toBeInTheDocument()
})

test('a date counts once it is whole, and a range that ends before it starts is kept but not applied', async () => {
  renderApp('/?to=2023-09-19')
  await resultCount()
  const dates = within(screen.getByRole('group', { name: 'Date of statement' }))
  const from = dates.getByLabelText('From')
  const before = window.history.length
  // The year as typed so far is a date of year 2: not applied.
  fireEvent.change(from, { target: { value: '0002-09-20' } })
  expect(window.location.search).toBe('?to=2023-09-19')
  fireEvent.change(from, { target: { value: '2023-09-20' } })
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'The range ends before it starts: choose a “To” date on or after the “From” date.',
  )
  expect(from).toHaveValue('2023-09-20')
  expect(from).toHaveAttribute('aria-invalid', 'true')
  expect(window.location.search).toBe('?to=2023-09-19')
  fireEvent.change(dates.getByLabelText('To'), { target: { value: '2023-09-21' } })
  expect(window.location.search).toBe('?from=2023-09-20&to=2023-09-21')
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  // Refining a range replaces the history entry.
  expect(window.history.length).toBe(before)
})
