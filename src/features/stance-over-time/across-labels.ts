import { genericTerms } from '../../lib/codebook/event-terms'
import { codebookLabels, type CodebookLabels } from '../../lib/labels'
import type { Codebook } from '../../lib/schemas/codebook'
import { stanceIds } from '../../lib/vocabulary'

/**
 * The codebook's words for the strips, which span events: in the generic terms, since no one
 * event's initiator or action is meant, and each stance numbered by its place on the ordered scale
 * ("1. Supports the action"). Across events the place is what is compared: supporting one event's
 * action and another's are alike in rank, not in what they support.
 */
export function acrossEventsLabels(codebook: Codebook): CodebookLabels {
  const labels = codebookLabels(codebook, genericTerms)
  const rank = new Map(codebook.stances.map((stance) => [stance.id, stance.rank]))
  return {
    ...labels,
    stance: (id) => `${rank.get(id) ?? stanceIds.indexOf(id) + 1}. ${labels.stance(id)}`,
  }
}
