import { stanceIds } from '../vocabulary'
import type { Draft } from './extract'
import type { DraftActor } from './extract-text'

/**
 * "… align themselves with this declaration", "… share the views expressed in it and align
 * themselves with it", "associate themselves with this statement": states joining the document's
 * own statement.
 */
const alignment =
  /\b(?:(?:align|associate)(?:s|d|ed)?\s+(?:themselves|itself)\s+with|share[sd]?\s+the\s+views?\s+expressed\s+in)\s+(?:it\b|(?:this|the|the present)\s+(?:declaration|statement|communiqué|communique)\b)/iu

/** Where a stance sits on the scale from backing the action to condemning it; none lowest. */
const rank = (stance: Draft['stance']) => (stance === null ? -1 : stanceIds.indexOf(stance))

/**
 * States that align themselves with a declaration (the EU's candidate countries, the EFTA states)
 * make the declaration's words their own: each takes the stance of the document's author, the
 * one furthest along the scale its statements reach.
 */
export function alignedWithAuthors(drafts: Draft[], authors: readonly DraftActor[]): Draft[] {
  // A declaration whose heading names no author is the statement of the actor that speaks in it most.
  const aligning = drafts.filter((draft) => alignment.test(draft.passage.text))
  const byAuthor = drafts.filter((draft) => authors.some((author) => author.id === draft.actorId))
  const own =
    byAuthor.length > 0 ? byAuthor : draftsOfMost(drafts.filter((d) => !aligning.includes(d)))
  const strongest = own.reduce<Draft | null>(
    (best, draft) => (best === null || rank(draft.stance) > rank(best.stance) ? draft : best),
    null,
  )
  if (!strongest || strongest.stance === null) return drafts
  for (const draft of aligning)
    if (!own.includes(draft))
      Object.assign(draft, {
        stance: strongest.stance,
        reason: `Aligns with the declaration, whose strongest words are ${strongest.actorName}’s: ${strongest.reason}`,
      })
  return drafts
}

/** The drafts of the actor with the most drafts. */
function draftsOfMost(drafts: readonly Draft[]): Draft[] {
  const counts = new Map<string, number>()
  for (const draft of drafts) counts.set(draft.actorId, (counts.get(draft.actorId) ?? 0) + 1)
  const most = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
  return drafts.filter((draft) => draft.actorId === most)
}
