import { stanceIds } from '../vocabulary'
import type { Draft } from './extract'
import type { DraftActor } from './extract-text'

/**
 * "… align themselves with this declaration", "… share the views expressed in this declaration and
 * align themselves with it": states joining the document's own statement.
 */
const alignment =
  /\b(?:align(?:s|ed)?\s+(?:themselves|itself)\s+with|share[sd]?\s+the\s+views?\s+expressed\s+in)\s+(?:this|the|the present)\s+(?:declaration|statement|communiqué|communique)\b/iu

/** Where a stance sits on the scale from backing the action to condemning it; none lowest. */
const rank = (stance: Draft['stance']) => (stance === null ? -1 : stanceIds.indexOf(stance))

/**
 * States that align themselves with a declaration (the EU's candidate countries, the EFTA states)
 * make the declaration's words their own: each takes the stance of the document's author, the
 * one furthest along the scale its statements reach.
 */
export function alignedWithAuthors(drafts: Draft[], authors: readonly DraftActor[]): Draft[] {
  const own = drafts.filter((draft) => authors.some((author) => author.id === draft.actorId))
  const strongest = own.reduce<Draft | null>(
    (best, draft) => (best === null || rank(draft.stance) > rank(best.stance) ? draft : best),
    null,
  )
  if (!strongest || strongest.stance === null) return drafts
  for (const draft of drafts)
    if (alignment.test(draft.passage.text) && !own.includes(draft))
      Object.assign(draft, {
        stance: strongest.stance,
        reason: `Aligns with the declaration, whose strongest words are ${strongest.actorName}’s: ${strongest.reason}`,
      })
  return drafts
}
