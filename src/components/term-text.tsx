import type { ReactNode } from 'react'
import type { GlossaryId } from '../lib/glossary-ids'
import { Term } from './term'

// The forms in which the rule's words appear in an explanation written for a reader.
const forms: readonly [GlossaryId, RegExp][] = [
  ['decisive', /\b[Dd]ecisive\b/],
  ['median', /\b[Mm]edian\b/],
  ['mixed', /\b[Mm]ixed\b/],
  ['explicit', /\b[Ee]xplicit(?:ly)?\b/],
  ['most-frequent', /\b[Mm]ost frequent\b/],
  ['party', /\bparty to the conflict\b/i],
]

/**
 * A sentence with the glossary's words in it linked to their entries: each term once, where it
 * first appears. The words themselves are left exactly as they are.
 */
export function TermText({ text }: { text: string }) {
  const found = forms
    .flatMap(([id, pattern]) => {
      const match = pattern.exec(text)
      return match ? [{ id, at: match.index, word: match[0] }] : []
    })
    .sort((a, b) => a.at - b.at)
  const parts: ReactNode[] = []
  let from = 0
  for (const { id, at, word } of found) {
    if (at < from) continue
    parts.push(text.slice(from, at))
    parts.push(
      <Term key={id} id={id}>
        {word}
      </Term>,
    )
    from = at + word.length
  }
  parts.push(text.slice(from))
  return <>{parts}</>
}
