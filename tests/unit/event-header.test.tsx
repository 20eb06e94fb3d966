import { render, screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { actors } from '../../data/actors'
import { event as articleEvent } from '../../data/event'
import { defaultEventOf } from '../../src/app/default-event'
import { EventHeader } from '../../src/features/event/components/event-header'
import { eventOptions } from '../../src/features/event/event-options'
import type { Event } from '../../src/lib/schemas/event'
import { summariseEvents, type EventSummary } from '../../src/lib/statements/event-summaries'
import { allEvents } from '../../src/lib/url-state/filter-state'
import { norvania } from '../fictional-event'
import { WithSharedView } from '../shared-view'

const meta = { version: '1.0.0', updatedAt: '2026-10-02', codebookVersion: '2.0.0' }

const dayAfter = (isoDay: string, days: number) =>
  new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

/**
 * 250 synthetic events as the picker summarises them, a week apart from 6 January 2020, each
 * with 400 statements: 100,000 in all. The third from last runs longest, to 31 December 2026.
 */
const summaries: EventSummary[] = Array.from({ length: 250 }, (_, index) => {
  const number = String(index + 1).padStart(3, '0')
  const start = dayAfter('2020-01-06', index * 7)
  return {
    id: `synthetic-event-${number}`,
    title: `Synthetic Event ${number}`,
    start,
    end: index === 247 ? '2026-12-31' : dayAfter(start, 2),
    actorCount: 40,
    statementCount: 400,
  }
})

function renderHeader(event: string, events: readonly Event[], options = summaries) {
  render(
    <WithSharedView event={event} events={events} actors={actors}>
      <EventHeader
        options={eventOptions(options, { actors: 1_234, statements: 100_000 })}
        sources={[]}
        meta={meta}
      />
    </WithSharedView>,
  )
  return screen.getByRole('region', { name: event === allEvents ? 'All events' : /./ })
}

test('“All events” says how many events, their span and their statements, in written numbers', () => {
  const header = renderHeader(allEvents, [])
  expect(screen.getByRole('heading', { level: 2, name: 'All events' })).toBeInTheDocument()
  // From the first start to the last end, which is not the last event's end.
  expect(screen.getByText('6 January 2020 – 31 December 2026')).toBeInTheDocument()
  expect(header).toHaveTextContent(
    '250 events, with 100,000 statements by 1,234 actors. The cards and charts below span them all.',
  )
  // No one event stands for them all: not the first event's title (the picker alone lists it),
  // nor its milestones.
  const outsidePicker = screen
    .queryAllByText(/Event 001/)
    .filter((element) => !element.closest('[role="listbox"]'))
  expect(outsidePicker).toEqual([])
  expect(screen.queryByRole('list', { name: 'Timeline' })).not.toBeInTheDocument()
})

test('one event’s header says who acted, what they did and the parties', () => {
  const header = renderHeader(articleEvent.id, [articleEvent], summariseEvents([articleEvent], []))
  expect(screen.getByRole('heading', { level: 2, name: articleEvent.title })).toBeInTheDocument()
  expect(header).toHaveTextContent(
    'Initiator: Azerbaijan · Action: the military operation in Karabakh · Parties: Azerbaijan and Karabakh Armenians',
  )
})

test('a fictional event’s header reads in its own words', () => {
  const header = renderHeader(norvania.id, [norvania], summariseEvents([norvania], []))
  expect(header).toHaveTextContent('Initiator: Norvania · Action: the closure of Norvania’s border')
  expect(header).not.toHaveTextContent(/Parties/)
})

test('the synthetic corpus opens on every event; the article’s data on its event', () => {
  expect(defaultEventOf('synthetic', summaries)).toBeNull()
  expect(defaultEventOf('article', [articleEvent])).toBe(articleEvent.id)
  // Until the events are known, every event.
  expect(defaultEventOf('article', undefined)).toBeNull()
})
