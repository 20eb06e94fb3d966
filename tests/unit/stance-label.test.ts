import { expect, test } from 'vitest'
import { actors } from '../../data/actors'
import { statements } from '../../data/statements'
import { applyFilters } from '../reference/apply-filters'
import { deriveStanceSummary } from '../../src/lib/codebook/derive-stance'
import { basedOnNote, stanceSummaryLabel } from '../../src/lib/codebook/stance-label'
import { emptyFilterState } from '../../src/lib/url-state/filter-state'
import { labels } from '../mock-dataset'

// Russia made mixed: one statement calling on all sides, one condemning, neither explicit.
const russia = actors.find((actor) => actor.id === 'russia')!
const own = statements.find((statement) => statement.actorId === 'russia')!
const mixedStatements = [
  ...statements.filter((statement) => statement.actorId !== 'russia'),
  own,
  { ...own, id: 'russia-condemns', stance: 'condemns' as const },
]
const mixed = deriveStanceSummary(russia, mixedStatements)

test('a mixed stance reads as its range, lowest rank first', () => {
  expect(stanceSummaryLabel(mixed, labels)).toBe(
    'Mixed: Calls on all sides – Condemns the operation',
  )
  expect(basedOnNote(mixed)).toBeNull()
})

test('a stance on one statement says "based on 1 statement"', () => {
  expect(basedOnNote(deriveStanceSummary(russia, statements))).toBe('based on 1 statement')
})

test('the stance filter finds a mixed actor under every stance of its range', () => {
  const data = {
    actors,
    statements: mixedStatements,
    stances: actors.map((actor) => deriveStanceSummary(actor, mixedStatements)),
  }
  const shows = (stance: 'urges-halt' | 'supports') =>
    applyFilters(data, { ...emptyFilterState, stance: [stance] }).some(
      (result) => result.actor.id === 'russia',
    )
  expect(shows('urges-halt')).toBe(true)
  expect(shows('supports')).toBe(false)
})
