import type { Draft } from './extract'
import type { DraftActor, Mention } from './extract-text'

/**
 * A turn's label in a transcript, written as a title is ("The Minister for Europe:", "Foreign
 * Minister:", "Host:", "Member for Kellowmere:"): a few capitalised words, joined by "for", "of"
 * or "and", before a colon at the start of a line.
 */
const titleLabel =
  /^((?:The\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:for|of|and|the|\p{Lu}[\p{L}’'-]*)){0,5}):\s+/u

/** The label that opens a line, as it is written there, and where the turn's words begin. */
export function turnLabel(line: string): { label: string; textAt: number } | null {
  const match = titleLabel.exec(line)
  return match?.[1] ? { label: match[1], textAt: match[0].length } : null
}

/**
 * Whom each speaker of a transcript speaks for. A speaker who says an actor acts, in the present
 * tense, at the head of a sentence of their own turn ("The United Kingdom condemns this assault")
 * speaks as that actor: their "we" and "I" are that actor's, in that turn and every later turn
 * under the same label ("The Minister for Europe: We would support …"). A speaker who only
 * reports what others did ("The Irish Government condemned …") speaks for no one.
 */
export function turnSpeakers() {
  const spoken = new Map<string, DraftActor>()
  return {
    of: (label: string | null) => (label ? spoken.get(label) : undefined),
    learn(label: string | null, turnAt: number, drafts: readonly Draft[], mentions: Mention[]) {
      if (!label) return
      for (const draft of drafts) {
        const head = mentions.find((mention) => mention.entry.id === draft.actorId && !mention.weak)
        // Named first in the sentence, or in the turn's words after the label ("The …" allowed).
        const opens = head !== undefined && head.start - Math.max(draft.passage.start, turnAt) <= 4
        if (head && opens && /(?<!s)s$/u.test(draft.trigger.text)) spoken.set(label, head.entry)
      }
    },
  }
}
