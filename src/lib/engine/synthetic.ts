import type { Actor } from '../schemas/actor'
import type { Codebook } from '../schemas/codebook'
import type { DatasetMeta, Event } from '../schemas/event'
import type { Source, SourceSummary } from '../schemas/source'
import type { StanceSummary } from '../schemas/stance-summary'
import type { Statement } from '../schemas/statement'
import { formatCount } from '../format'

export type SyntheticMeta = DatasetMeta & { synthetic: true; label: string; size: number }

/** The generated corpus as the worker holds it: the shape of the mock API's datasets. */
export type SyntheticCorpus = {
  meta: SyntheticMeta
  events: readonly Event[]
  sources: readonly Source[]
  actors: readonly Actor[]
  statements: readonly Statement[]
  stances: readonly StanceSummary[]
  /** With a codebook, search also finds statements by their coded labels, as the page's does. */
  codebook?: Pick<Codebook, 'stances' | 'dimensions' | 'version'>
}

/** What the page keeps of the corpus: the sources without their texts, which it never shows at once. */
export type PageDataset = {
  meta: SyntheticMeta
  events: Event[]
  sources: SourceSummary[]
  actors: Actor[]
  statements: Statement[]
  stances: StanceSummary[]
}

export function pageDatasetOf(corpus: SyntheticCorpus): PageDataset {
  return {
    meta: corpus.meta,
    events: [...corpus.events],
    actors: [...corpus.actors],
    statements: [...corpus.statements],
    stances: [...corpus.stances],
    sources: corpus.sources.map(({ text: _text, ...summary }) => summary),
  }
}

const count = (size: number) => formatCount(size)

/** What the page says while the worker works. */
export const progressWords = {
  starting: (size: number) => `Starting the engine for ${count(size)} synthetic statements…`,
  generating: (size: number) => `Generating ${count(size)} synthetic statements…`,
  indexing: (size: number) => `Indexing ${count(size)} statements…`,
  sending: (size: number) => `Handing ${count(size)} statements to the page…`,
}
