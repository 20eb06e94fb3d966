import { expect, test } from 'vitest'
import { codebook } from '../../data/codebook'
import { generateSyntheticDataset } from '../../data/synthetic/generate'
import { statementsByActor } from '../../src/lib/group-by'
import {
  actorsLine,
  cellsByColumn,
  stripAxis,
} from '../../src/features/stance-over-time/strip-axis'
import {
  buildStrips,
  ruleFor,
  topActors,
  type ActorStrip,
  type StripEvent,
} from '../../src/features/stance-over-time/strips'
import { shownByDefault } from '../../src/features/stance-over-time/shape-strips'

// A generated corpus (synthetic, not real events) of the size users met: 250 events.
const corpus = generateSyntheticDataset({ size: 6000, events: 250 })
const rule = ruleFor(codebook.version)

/** Strips of one made-up actor who spoke in each of `starts`, one event a day given. */
function stripsOn(starts: string[]): ActorStrip<StripEvent>[] {
  const actor = corpus.actors[0]
  if (!actor) throw new Error('no actor')
  const summary = { stance: 'condemns' as const, range: null, status: 'derived' as const }
  return [
    {
      actor,
      cells: starts.map((start, at) => ({
        event: { id: `event-${String(at)}`, sourceIds: [], start },
        summary,
        statementCount: 1,
        yours: false,
      })),
    },
  ]
}

test('the axis has a column per event in date order and a tick where each month begins', () => {
  const axis = stripAxis(stripsOn(['2024-01-05', '2023-09-20', '2023-10-02', '2023-09-19']))
  expect(axis.events.map((event) => event.start)).toEqual([
    '2023-09-19',
    '2023-09-20',
    '2023-10-02',
    '2024-01-05',
  ])
  expect(axis.ticks).toEqual([
    { column: 0, kind: 'year', label: 'Sep 2023', labelled: true },
    { column: 2, kind: 'month', label: 'Oct', labelled: true },
    { column: 3, kind: 'year', label: 'Jan 2024', labelled: true },
  ])
})

test('over years of events the years are named and the months only marked', () => {
  const starts = Array.from({ length: 40 }, (_, month) => {
    const day = new Date(Date.UTC(2015, month, 10))
    return day.toISOString().slice(0, 10)
  })
  const { ticks } = stripAxis(stripsOn(starts))
  expect(ticks).toHaveLength(40)
  expect(ticks.filter((tick) => tick.labelled).map((tick) => tick.label)).toEqual([
    '2015',
    '2016',
    '2017',
    '2018',
  ])
  expect(ticks.filter((tick) => tick.kind === 'year').map((tick) => tick.column)).toEqual([
    0, 12, 24, 36,
  ])
})

test('at 250 events each of the busiest twelve actors has one row, with a cell in each column', () => {
  const byActor = [...statementsByActor(corpus.statements)].map(([actorId, statements]) => ({
    actor: corpus.actors.find((actor) => actor.id === actorId) ?? corpus.actors[0]!,
    statements,
  }))
  const top = topActors(byActor, shownByDefault)
  const strips = buildStrips(top, corpus.statements, corpus.events, rule)
  const axis = stripAxis(strips)
  const rows = cellsByColumn(strips, axis)
  expect(rows).toHaveLength(12)
  // Nearly every event has one of them speaking: the columns are the events, not a wrap of them.
  expect(axis.events.length).toBeGreaterThan(200)
  for (const [at, row] of rows.entries()) {
    expect(row).toHaveLength(axis.events.length)
    const strip = strips[at]
    const filled = row.filter((cell) => cell !== null)
    expect(filled.map((cell) => cell.event.id)).toEqual(strip?.cells.map((cell) => cell.event.id))
    row.forEach((cell, column) => {
      if (cell) expect(cell.event).toBe(axis.events[column])
    })
  }
  // Every year of the corpus is named on the axis.
  const years = new Set(axis.events.map((event) => event.start.slice(0, 4)))
  expect(axis.ticks.filter((tick) => tick.labelled).map((tick) => tick.label)).toEqual([...years])
})

test('the line says why these actors: the busiest by default, or the reader’s choice', () => {
  expect(actorsLine(12, false)).toBe('The 12 actors with the most statements')
  expect(actorsLine(1, false)).toBe('The actor with the most statements')
  expect(actorsLine(3, true)).toBe('The 3 actors you chose')
  expect(actorsLine(1, true)).toBe('The actor you chose')
})
