import { codebook } from '../data/codebook'
import type { Codebook } from '../src/lib/schemas/codebook'
import type { StanceId } from '../src/lib/vocabulary'

/** The stance labels as codebook 3 writes them: templates the event's words fill. */
const templates: Record<StanceId, string> = {
  supports: 'Supports {action}',
  'calls-on-all-sides': 'Calls on all sides',
  'urges-halt': 'Urges {initiator} to halt',
  condemns: 'Condemns {action}',
}

/**
 * The codebook with its stance labels written as templates, so that a test of the words of an
 * event does not hang on which codebook `data/` holds at the time.
 */
export const templateCodebook: Codebook = {
  ...codebook,
  stances: codebook.stances.map((stance) => ({ ...stance, label: templates[stance.id] })),
}
