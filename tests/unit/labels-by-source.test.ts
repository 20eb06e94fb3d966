import { expect, test } from 'vitest'
import { actors } from '../../data/actors'
import { codebook } from '../../data/codebook'
import { eventTitleBySource, statementRows } from '../../src/features/statements-table/rows'
import { codebookLabels, labelsBySource } from '../../src/lib/labels'
import { articleExample, fictionalExample } from '../fixtures/worked-examples'

// Across events the page's labels are the generic ones; each statement still reads in its own
// event's words, so the fictional Norvania event's call is not “Urges Azerbaijan to halt”.
test('across events each statement’s stance is named in its own event’s words', () => {
  const events = [articleExample.event, fictionalExample.event]
  const across = codebookLabels(codebook)
  const results = [...articleExample.actors, ...fictionalExample.actors]
    .filter((actor, at, all) => all.findIndex((other) => other.id === actor.id) === at)
    .map((actor) => ({
      actor,
      statements: [...articleExample.statements, ...fictionalExample.statements].filter(
        (statement) => statement.actorId === actor.id,
      ),
    }))
  const rows = statementRows(
    results,
    eventTitleBySource(events),
    labelsBySource(across, events),
    (id) => actors.find((actor) => actor.id === id)?.name ?? id,
    across,
  )
  const stanceOf = (id: string) => rows.find((row) => row.statement.id === id)?.stance
  expect(stanceOf('us-blinken-calls')).toBe('Urges Azerbaijan to halt')
  expect(stanceOf('t')).toBe('Urges Norvania to halt')
  expect(stanceOf('fr')).toBe('Condemns the border closure')
  // A statement no event lists reads in the view's own, generic words.
  expect(labelsBySource(across, events)({ sourceId: 'nowhere' }).stance('condemns')).toBe(
    'Condemns the action',
  )
})
