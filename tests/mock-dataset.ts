import { actors } from '../data/actors'
import { codebook } from '../data/codebook'
import { statements } from '../data/statements'
import type { DashboardData } from '../src/lib/statements/actor-results'
import { deriveStanceSummary } from '../src/lib/codebook/derive-stance'
import { event } from '../data/event'
import { termsOf } from '../src/lib/codebook/event-terms'
import { codebookLabels } from '../src/lib/labels'

/** The mock API's dataset as the dashboard holds it, for tests of the pure chart code. */
export const dataset: DashboardData = {
  actors,
  statements,
  stances: actors.map((actor) => deriveStanceSummary(actor, statements)),
}

/** The codebook's words in the article's event terms, as its view shows them. */
export const labels = codebookLabels(codebook, termsOf(event))

/** An actor's short name by id, as the charts print it. */
export const shortName = (id: string) => actors.find((actor) => actor.id === id)?.shortName ?? id

/**
 * A mixed actor, made from the article's real statements for tests: Türkiye's "expressed support"
 * is recoded here as not explicit (the dataset codes it explicit, as the article says). That
 * leaves its two statements with a stance, supports and calls on all sides, with no single central
 * one, so the rule finds it mixed. No statement's words, date or speaker is changed or added.
 */
export const mixedStatements = statements.map((statement) =>
  statement.id === 'turkiye-support-for-operation'
    ? { ...statement, explicitStance: false }
    : statement,
)

/** The dataset with Türkiye mixed, as above. */
export const mixedDataset: DashboardData = {
  actors,
  statements: mixedStatements,
  stances: actors.map((actor) => deriveStanceSummary(actor, mixedStatements)),
}
