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
import { codebookV3 } from './v3/codebook'
import { statementsV3 } from './v3/statements'

// What 2026-12-07.2 changed and why, as the method page and /api/meta say it.
const datasetNote = [
  'Codebook 3.1.0 writes down rules that a second, blind coding found open, and the article is coded by them.',
  'The separatists’ agreement to the cease-fire and their acceptance of talks, which the Azerbaijani presidency announced, are now statements of the Karabakh Armenian authorities instead of Azerbaijan: a statement belongs to whoever acted, not to whoever relayed it, the same rule that already gave Aliyev’s readiness, reported by the U.S. State Department, to Azerbaijan.',
  'So Azerbaijan has 8 statements instead of 10 and the Karabakh Armenian authorities 3 instead of 1; both are parties to the conflict, so no stance moved.',
  'Aliyev’s readiness now has the channel “readout”, as the codebook defines it, instead of “phone call”.',
  'Aliyev’s warning that the operation would go on until the separatists disarm now counts as opposing an end to the fighting.',
  'The separatists’ quoted sentence about the talks in Yevlakh keeps its closing full stop, as Erdoğan’s quoted sentences do.',
].join(' ')

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
    meta: { version: '2026-12-07.1', updatedAt: '2026-12-07', codebookVersion: codebookV3.version },
    codebook: codebookV3,
    statements: statementsV3,
    deriveStance: deriveStanceSummary,
  },
  // Codebook 3.1.0 writes down the rules a second, blind coding found open; the article follows them.
  {
    meta: {
      version: '2026-12-07.2',
      updatedAt: '2026-12-07',
      codebookVersion: codebook.version,
      note: datasetNote,
    },
    codebook,
    statements,
    deriveStance: deriveStanceSummary,
  },
]

const newest = datasetVersions.at(-1)
if (!newest) throw new Error('No dataset version is published.')
/** What the API serves when no `version` is asked for. */
export const latestVersion: DatasetVersion = newest
