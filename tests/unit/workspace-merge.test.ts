import { expect, test } from 'vitest'
import { applyChange, inverseChange, putChange } from '../../src/lib/workspace/changes'
import { mergeChange, planMerge, resolutionsFor } from '../../src/lib/workspace/merge'
import { emptyWorkspace, type WorkspaceData } from '../../src/lib/workspace/records'
import { fictionalText, sourceVersion, statementAt } from './workspace-fixtures'

// Two analysts' workspaces about the fictional talks of the fixtures.
const event = { id: 'talks', title: 'Fictional talks', start: '2026-01-05', end: null }
const actor = {
  id: 'norvania',
  name: 'Norvania',
  shortName: 'Norvania',
  kind: 'state' as const,
  emblem: 'none',
  isParty: false,
  order: 1,
}
const mine: WorkspaceData = {
  events: [event],
  sources: [sourceVersion()],
  actors: [actor],
  statements: [statementAt('Moscow urged both sides')],
}

const sorted = (data: WorkspaceData) => ({
  events: [...data.events].sort((a, b) => a.id.localeCompare(b.id)),
  sources: [...data.sources].sort((a, b) =>
    `${a.id}${a.version}`.localeCompare(`${b.id}${b.version}`),
  ),
  actors: [...data.actors].sort((a, b) => a.id.localeCompare(b.id)),
  statements: [...data.statements].sort((a, b) => a.id.localeCompare(b.id)),
})

test('records the workspace lacks are added, the same ones pass, and those that differ are conflicts', () => {
  const theirs: WorkspaceData = {
    ...mine,
    events: [{ ...event, title: 'Fictional talks, second round' }],
    statements: [
      statementAt('Moscow urged both sides', { stance: 'urges-halt' }),
      statementAt('Türkiye’s President Erdoğan welcomed the talks.', {
        id: 'erdogan',
        actorId: 'turkiye',
      }),
    ],
  }
  const plan = planMerge(mine, theirs)
  expect(plan.added).toBe(1)
  expect(plan.same).toBe(2)
  expect(plan.conflicts.map((conflict) => `${conflict.kind} ${conflict.key}`)).toEqual([
    'event talks',
    'statement moscow-urges',
  ])
  const merged = applyChange(
    mine,
    mergeChange(mine, plan, (conflict) =>
      conflict.kind === 'event' ? 'take-theirs' : 'keep-both',
    ),
  )
  expect(merged.events[0]?.title).toBe('Fictional talks, second round')
  expect(merged.statements.map((statement) => [statement.id, statement.stance])).toEqual([
    ['moscow-urges', 'calls-on-all-sides'],
    ['moscow-urges-2', 'urges-halt'],
    ['erdogan', 'calls-on-all-sides'],
  ])
})

test('a source with other words is never taken over words coded in; kept both, their statements follow it', () => {
  const text = `Preface. ${fictionalText}`
  const theirs: WorkspaceData = {
    ...emptyWorkspace,
    sources: [sourceVersion({ text })],
    statements: [statementAt('Moscow urged both sides', { id: 'theirs-moscow' }, text)],
  }
  const plan = planMerge(mine, theirs)
  const [conflict] = plan.conflicts
  if (conflict?.kind !== 'source') throw new Error('expected the source to conflict')
  expect(conflict).toMatchObject({ sameText: false, statements: 1 })
  expect(resolutionsFor(conflict)).toEqual(['keep-mine', 'keep-both'])

  const keptMine = applyChange(
    mine,
    mergeChange(mine, plan, () => 'keep-mine'),
  )
  expect(keptMine).toEqual(mine)

  const both = applyChange(
    mine,
    mergeChange(mine, plan, () => 'keep-both'),
  )
  expect(both.sources.map((source) => source.id)).toEqual([
    'freedonia-gazette',
    'freedonia-gazette-2',
  ])
  const moved = both.statements.find((statement) => statement.id === 'theirs-moscow')
  expect(moved?.sourceId).toBe('freedonia-gazette-2')
  expect(text.slice(moved?.passage.start, moved?.passage.end)).toBe('Moscow urged both sides')
})

test('a source with the same words and other details may be taken over, its statements still fitting', () => {
  const theirs = { ...mine, sources: [sourceVersion({ title: 'Freedonia Gazette, retitled' })] }
  const [conflict] = planMerge(mine, theirs).conflicts
  if (!conflict) throw new Error('expected a conflict')
  expect(resolutionsFor(conflict)).toEqual(['keep-mine', 'take-theirs', 'keep-both'])
})

test('the change that undoes a change gives back every table exactly, whatever it put or deleted', () => {
  const change = {
    put: {
      events: [
        { ...event, title: 'Renamed' },
        { ...event, id: 'other' },
      ],
      sources: [sourceVersion({ version: 2, text: `New. ${fictionalText}` })],
      statements: [statementAt('Moscow urged both sides', { stance: 'condemns' })],
    },
    delete: { actors: ['norvania'], sources: [{ id: 'freedonia-gazette', version: 1 }] },
  }
  const undo = inverseChange(mine, change)
  expect(sorted(applyChange(applyChange(mine, change), undo))).toEqual(sorted(mine))
  expect(inverseChange(mine, putChange({}))).toEqual({
    put: { events: [], actors: [], sources: [], statements: [] },
    delete: { events: [], actors: [], sources: [], statements: [] },
  })
})
