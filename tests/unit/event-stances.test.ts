import { expect, test } from 'vitest'
import { actors } from '../../data/actors'
import { statements } from '../../data/statements'
import { deriveStanceSummary } from '../../src/lib/codebook/derive-stance'
import { eventIndexerOf } from '../../src/lib/codebook/rule-of'
import { showData } from '../../src/lib/engine/dataset-view'
import { createEngineService } from '../../src/lib/engine/engine-service'
import { emptyEngineQuery } from '../../src/lib/engine/types'
import { allEvents, emptyFilterState } from '../../src/lib/url-state/filter-state'
import { articleExample, fictionalExample } from '../fixtures/worked-examples'

// France condemns Azerbaijan's operation in the article and, in the fictional Norvania event,
// condemns the border closure; Türkiye supports the operation and urges Norvania to halt. One
// event's view must show the stance an actor takes on that event, not one derived across both.
const withFictional = {
  actors,
  statements: [
    ...statements,
    ...fictionalExample.statements.filter((s) => s.actorId !== 'norvania'),
  ],
  events: [articleExample.event, fictionalExample.event],
}
const stancesOf = (derived: boolean) => ({
  ...withFictional,
  stances: actors.map((actor) => deriveStanceSummary(actor, withFictional.statements)),
  ...(derived ? { forEvent: eventIndexerOf('3.0.0') } : {}),
})
const stanceOf = (data: ReturnType<typeof stancesOf>, event: string, actorId: string) => {
  const result = showData(data, { ...emptyFilterState, event }).results.find(
    (found) => found.actor.id === actorId,
  )
  return result?.summary.stance ?? result?.summary.range ?? null
}

test('one event of several shows each actor’s stance on that event alone', () => {
  const data = stancesOf(true)
  expect(stanceOf(data, fictionalExample.event.id, 'turkiye')).toBe('urges-halt')
  expect(stanceOf(data, articleExample.event.id, 'turkiye')).toBe('supports')
  // Across both events, the rule reads all its statements: its explicit support decides.
  expect(stanceOf(data, allEvents, 'turkiye')).toBe('supports')
  // An actor that said nothing on the event is not shown for it.
  expect(stanceOf(data, fictionalExample.event.id, 'armenia')).toBeNull()
})

test('without the rule the dataset’s own stances are shown, as for a dataset of one event', () => {
  // Which, across events, would read as Türkiye supporting the border closure.
  expect(stanceOf(stancesOf(false), fictionalExample.event.id, 'turkiye')).toBe('supports')
})

test('the engine’s worker answers one event of several with that event’s own stances', async () => {
  const service = createEngineService({ eventRule: () => Promise.resolve(deriveStanceSummary) })
  service.load(stancesOf(false))
  const answer = await service.query({ ...emptyEngineQuery, event: [fictionalExample.event.id] }, 1)
  const at = answer?.actorIds.indexOf('turkiye') ?? -1
  expect(answer?.summaries?.[at]?.stance).toBe('urges-halt')
  const across = await service.query(emptyEngineQuery, 2)
  expect(across?.summaries).toBeUndefined()
})
