import { deriveStanceSummary } from '../src/lib/codebook/derive-stance'
import { deriveStanceSummaryV1 } from '../src/lib/codebook/derive-stance-v1'
import type { Actor } from '../src/lib/schemas/actor'
import type { Codebook } from '../src/lib/schemas/codebook'
import type { DatasetMeta } from '../src/lib/schemas/event'
import type { StanceSummary } from '../src/lib/schemas/stance-summary'
import type { Statement } from '../src/lib/schemas/statement'
import { codebook } from './codebook'
import { statements } from './statements'
import { codebookV1 } from './v1/codebook'
import { statementsV1 } from './v1/statements'
import { codebookV2 } from './v2/codebook'
import { statementsV2 } from './v2/statements'

/** One published dataset: its statements, the codebook they were coded by and that codebook's rule. */
export type DatasetVersion = {
  meta: DatasetMeta
  codebook: Codebook
  statements: readonly Statement[]
  deriveStance: (actor: Actor, statements: readonly Statement[]) => StanceSummary
}

/** Every published version, oldest first; each stays servable with `?version=`. */
export const datasetVersions: readonly DatasetVersion[] = [
  {
    meta: { version: '2026-11-27.1', updatedAt: '2026-11-27', codebookVersion: codebookV1.version },
    codebook: codebookV1,
    statements: statementsV1,
    deriveStance: deriveStanceSummaryV1,
  },
  {
    meta: { version: '2026-11-28.1', updatedAt: '2026-11-28', codebookVersion: codebookV2.version },
    codebook: codebookV2,
    statements: statementsV2,
    deriveStance: deriveStanceSummary,
  },
  // Recoded by codebook 3.0.0: the scale is written from the event's initiator and action.
  {
    meta: { version: '2026-12-07.1', updatedAt: '2026-12-07', codebookVersion: codebook.version },
    codebook,
    statements,
    deriveStance: deriveStanceSummary,
  },
]

const newest = datasetVersions.at(-1)
if (!newest) throw new Error('No dataset version is published.')
/** What the API serves when no `version` is asked for. */
export const latestVersion: DatasetVersion = newest
