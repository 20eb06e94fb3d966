import { expect, test } from 'vitest'
import { actors } from '../../data/actors'
import { codebook } from '../../data/codebook'
import { statements } from '../../data/statements'
import { filterGroups } from '../../src/features/filters/filter-options'
import { codebookLabels } from '../../src/lib/labels'
import type { Actor } from '../../src/lib/schemas/actor'

const kindOptions = (list: readonly Actor[]) =>
  filterGroups(list, statements, codebookLabels(codebook))
    .find((group) => group.key === 'kind')
    ?.options.map((option) => option.label)

test('the kinds of actor filter offers the kinds the dataset’s actors are, and no empty ones', () => {
  expect(kindOptions(actors)).toEqual([
    'State',
    'International organisation',
    'Party to the conflict',
  ])
})

test('an actor the analyst adds as a non-state actor or an observer state brings its kind to the filter', () => {
  // A fictional armed group, written for this test, and the Holy See, an observer state.
  const added: Actor[] = [
    {
      id: 'velmoran-front',
      name: 'Velmoran Front',
      shortName: 'Velmoran Front',
      kind: 'non-state-actor',
      emblem: 'none',
      isParty: false,
      order: 1000,
    },
    {
      id: 'holy-see',
      name: 'Holy See',
      shortName: 'Holy See',
      kind: 'observer-state',
      emblem: 'va',
      isParty: false,
      order: 1001,
    },
  ]
  expect(kindOptions([...actors, ...added])).toEqual([
    'State',
    'International organisation',
    'Party to the conflict',
    'Observer state',
    'Non-state actor',
  ])
})
