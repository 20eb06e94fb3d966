import { actors } from '../mocks/data/actors'
import { codebook } from '../mocks/data/codebook'
import { statements } from '../mocks/data/statements'
import type { DashboardData } from '../src/lib/statements/apply-filters'
import { deriveStanceSummary } from '../src/lib/codebook/derive-stance'
import { codebookLabels } from '../src/lib/labels'

/** The mock API's dataset as the dashboard holds it, for tests of the pure chart code. */
export const dataset: DashboardData = {
  actors,
  statements,
  stances: actors.map((actor) => deriveStanceSummary(actor, statements)),
}

export const labels = codebookLabels(codebook)

/** An actor's short name by id, as the charts print it. */
export const shortName = (id: string) => actors.find((actor) => actor.id === id)?.shortName ?? id
