import 'fake-indexeddb/auto'
import { expect, test } from 'vitest'
import { termsOf } from '../../src/lib/codebook/event-terms'
import { actorIdSchema } from '../../src/lib/schemas/actor'
import { eventSchema } from '../../src/lib/schemas/event'
import { workspaceRecords } from '../../src/lib/workspace/as-dataset'
import { applyChange, putChange } from '../../src/lib/workspace/changes'
import { createDataPackage, readDataPackage } from '../../src/lib/workspace/data-package'
import { WorkspaceDatabase } from '../../src/lib/workspace/database'
import { newActorId } from '../../src/lib/workspace/new-actor'
import { emptyWorkspace, workspaceEventSchema } from '../../src/lib/workspace/records'
import { openWorkspaceStore } from '../../src/lib/workspace/store'
import { norvania, norvaniaEvent } from './norvania-fixtures'
import { sourceVersion } from './workspace-fixtures'

/** An event as the workspace stored it before events said what the reactions are about. */
const oldEvent = { id: 'talks', title: 'Fictional talks', start: '2026-01-05', end: null }

const workspace = applyChange(
  emptyWorkspace,
  putChange({
    events: [oldEvent, norvaniaEvent],
    actors: [norvania],
    sources: [
      sourceVersion({ eventId: norvaniaEvent.id }),
      sourceVersion({ id: 'talks-report', eventId: oldEvent.id }),
    ],
  }),
)

test('an event stored without the new fields still loads from this device, and reads in the generic words beside one in its own', async () => {
  const name = `workspace-events-${Math.random()}`
  const db = new WorkspaceDatabase(name)
  await db.events.bulkPut([oldEvent, norvaniaEvent])
  db.close()
  const store = await openWorkspaceStore(name)
  expect(store.status).toEqual({ kind: 'indexeddb' })
  const read = await store.read()
  store.close()
  expect(read.events).toEqual([norvaniaEvent, oldEvent])
  const served = workspaceRecords({ ...workspace, events: read.events }, { actors: [], events: [] })
  expect(served.events.map((event) => [event.id, termsOf(event)])).toEqual([
    [norvaniaEvent.id, { initiator: 'Norvania', action: 'the border closure' }],
    [oldEvent.id, { initiator: 'the initiator', action: 'the action' }],
  ])
})

test('an exported workspace with an old event and a new one imports whole: nothing the analyst said is lost', async () => {
  const reading = await readDataPackage(
    JSON.stringify(await createDataPackage(workspace, new Date())),
  )
  if (!reading.ok) throw new Error(reading.problems.join('\n'))
  expect(reading.data.events).toEqual([oldEvent, norvaniaEvent])
})

test('the workspace’s event is served with its initiator, action, parties, country, time zone and milestones', () => {
  const { events } = workspaceRecords(workspace, { actors: [], events: [] })
  const served = events.find((event) => event.id === norvaniaEvent.id)
  expect(eventSchema.safeParse(served).success).toBe(true)
  expect(served).toMatchObject({
    initiator: { actorId: 'norvania', name: 'Norvania' },
    action: { short: 'the border closure', full: 'the border closure at the Velmora crossing' },
    parties: ['norvania', 'velmora'],
    country: 'Norvania',
    timeZone: 'Europe/Oslo',
    milestones: [
      { label: 'The border closes', date: '2026-03-02', asWritten: 'as the analyst entered it' },
    ],
    yours: true,
  })
  expect(termsOf(served)).toEqual({ initiator: 'Norvania', action: 'the border closure' })
  // The old event says nothing of who acted: it reads in the generic words, in UTC.
  const old = events.find((event) => event.id === oldEvent.id)
  expect(old).toMatchObject({ timeZone: 'UTC' })
  expect(old).not.toHaveProperty('initiator')
  expect(termsOf(old)).toEqual({ initiator: 'the initiator', action: 'the action' })
})

test('an event’s time zone must be one the clock knows, and a milestone needs a label and a day', () => {
  expect(
    workspaceEventSchema.safeParse({ ...norvaniaEvent, timeZone: 'Mars/Olympus' }).success,
  ).toBe(false)
  expect(
    workspaceEventSchema.safeParse({
      ...norvaniaEvent,
      milestones: [{ label: '', date: '2026-03-02' }],
    }).success,
  ).toBe(false)
  expect(workspaceEventSchema.safeParse(norvaniaEvent).success).toBe(true)
})

test('an actor the analyst adds gets an id of letters and hyphens, clear of the gazetteer’s and their own', () => {
  expect(newActorId('Norvania', [])).toBe('norvania')
  expect(newActorId('Norvania', ['norvania'])).toBe('norvania-b')
  expect(newActorId('Norvania', ['norvania', 'norvania-b'])).toBe('norvania-c')
  // "France" is the gazetteer's: a second France is another actor.
  expect(newActorId('France', [])).toBe('france-b')
  expect(newActorId('Front 21', [])).toBe('front')
  for (const id of ['norvania-b', 'france-b', 'front'])
    expect(actorIdSchema.safeParse(id).success).toBe(true)
})
