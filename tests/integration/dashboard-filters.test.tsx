import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { actors } from '../../data/actors'
import { statements } from '../../data/statements'
import { allActorNames } from '../fixtures'
import { filterOption, findFilterOption, renderApp, resultCount, shownActors } from '../render-app'

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

test('beside each actor, the number is how many of its statements the other filters leave', async () => {
  const { user } = renderApp('/?event=all')
  await resultCount()
  const actorFilter = screen.getByRole('group', { name: 'Actor' })
  // Counted from the data, not from the page: one actor each would say nothing.
  const expectCounts = async (kept: (statement: (typeof statements)[number]) => boolean) => {
    for (const actor of actors) {
      const count = statements.filter((s) => s.actorId === actor.id && kept(s)).length
      const word = count === 1 ? 'statement' : 'statements'
      expect(
        await within(actorFilter).findByRole('checkbox', {
          name: `${actor.name} ${count} ${word}`,
        }),
      ).toBeInTheDocument()
    }
  }
  await expectCounts(() => true)
  await user.click(filterOption('Stance of a statement', 'Supports the action'))
  await expectCounts((s) => s.stance === 'supports')
})

test('kind and actor filters, by clicking', async () => {
  const { user } = renderApp()
  await user.click(await findFilterOption('Kind of actor', 'Party to the conflict'))
  expect(await shownActors()).toEqual(['Azerbaijan', 'Karabakh Armenian authorities'])
  await user.click(screen.getByRole('button', { name: 'Clear all' }))
  await user.click(filterOption('Actor', 'Russia'))
  await user.click(filterOption('Actor', 'France'))
  expect(await shownActors()).toEqual(['France', 'Russia'])
})

test.each([
  [
    'position',
    '?dimension=humanitarian',
    'Position',
    'Humanitarian concern',
    ['Russia', 'Armenia', 'Azerbaijan'],
  ],
  // Aliyev's readiness, relayed by the State Department's readout, takes the readout's channel.
  ['channel', '?channel=readout', 'Channel', 'Readout', ['Azerbaijan']],
  ['channel', '?channel=phone-call', 'Channel', 'Phone call', ['United States']],
  ['speaker', '?speaker=Recep+Tayyip+Erdo%C4%9Fan', 'Speaker', 'Recep Tayyip Erdoğan', ['Türkiye']],
])('the %s filter', async (_, search, group, option, actors) => {
  renderApp(`/${search}`)
  expect(await findFilterOption(group, option)).toBeChecked()
  expect(await shownActors()).toEqual(actors)
})

test('a date range keeps actors with a statement that could fall in it', async () => {
  const { user } = renderApp()
  await resultCount()
  const dates = within(screen.getByRole('group', { name: 'Date of statement' }))
  await user.type(dates.getByLabelText('From'), '2023-09-21')
  expect(await shownActors()).toEqual([])
  expect(screen.getByRole('button', { name: 'Clear all filters' })).toBeInTheDocument()
  expect(screen.getAllByText('No actor matches these filters.')[0]).toHaveClass('empty-state-title')
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
  const notice = await screen.findByRole('status', { name: /could not be used/ })
  expect(notice).toHaveTextContent(
    'This link had 4 values that could not be used, and they were left out: stance (1 value), from (1 value), colour (1 value), actor (1 value).',
  )
  const quoted = within(notice).getByRole('list', { name: 'Values from the link' })
  expect(quoted).toHaveTextContent('stance = furious: no such stance')
  await waitFor(() => expect(window.location.search).toBe('?stance=condemns'))
  await user.click(within(notice).getByRole('button', { name: 'Dismiss' }))
  expect(notice).not.toBeInTheDocument()
})

test('a huge or deceptive link gets a short notice that keeps the link’s words apart', async () => {
  const tables = Array.from({ length: 50_000 }, (_, index) => `t${index}`).join(',')
  renderApp(
    `/?tables=${tables}&actor=${encodeURIComponent('Your session expired. Call +1-555-0100 now')}`,
  )
  const notice = await screen.findByRole('status', { name: /could not be used/ })
  expect(notice).toHaveTextContent(
    'This link had 50,001 values that could not be used, and they were left out: tables (50,000 values), actor (1 value).',
  )
  expect(notice.textContent.length).toBeLessThan(400)
  // The link's words appear only cut short and inside <code>, never as the page's own sentence.
  expect(screen.queryByText(/Call \+1-555-0100/)).toBeNull()
  for (const item of within(notice).getAllByRole('listitem'))
    expect(item.querySelectorAll('code')).toHaveLength(2)
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
