import { indexForEvent, type EventIndexer } from '../engine/event-summaries'
import { deriveStanceSummary } from './derive-stance'
import { deriveStanceSummaryV1 } from './derive-stance-v1'

/** The rule a codebook version derives an actor's stance by: 1.0.0's most frequent, else the median. */
export const ruleOf = (codebookVersion: string) =>
  codebookVersion.startsWith('1.') ? deriveStanceSummaryV1 : deriveStanceSummary

/** One event's index by a codebook version's rule, for a page that loads it when first needed. */
export const eventIndexerOf =
  (codebookVersion: string): EventIndexer =>
  (index, eventId) =>
    indexForEvent(index, eventId, ruleOf(codebookVersion))
