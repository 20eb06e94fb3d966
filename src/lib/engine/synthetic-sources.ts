import type { Source, SourceSummary, Span } from '../schemas/source'
import type { Statement } from '../schemas/statement'

/** Said at the head of every synthetic source, and in its title, so no one takes it for a report. */
export const syntheticSourceLabel = 'Synthetic source text — not a real article'

/** The parts of the synthetic corpus a source's text is made from. */
export type SyntheticSourceParts = {
  sources: readonly SourceSummary[]
  statements: readonly Statement[]
}

/** What fills `length` characters between two passages: spaces, then a blank line. */
const gap = (length: number) =>
  length >= 2 ? `${' '.repeat(length - 2)}\n\n` : ' '.repeat(Math.max(0, length))

/**
 * A synthetic source's text, made from the statements that point into it: the label and the
 * title first, then each statement's passage at the very offsets it gives, so that the source
 * dialog highlights it. The statements come from the seed, so the same seed gives the same text;
 * the page keeps no generated texts, only the statements it shows anyway.
 */
export function syntheticSourceText(
  summary: SourceSummary,
  statements: readonly Statement[],
): Source {
  const spans: Span[] = statements
    .filter((statement) => statement.sourceId === summary.id)
    .flatMap((statement) => [statement.passage, ...statement.passages])
    .sort((a, b) => a.start - b.start || b.end - a.end)
  const head = `${syntheticSourceLabel}. ${summary.title}.`
  let text = ''
  for (const span of spans) {
    if (span.end <= text.length) continue
    if (span.start < text.length) {
      // Overlaps what is written: only its rest is new.
      text += span.text.slice(text.length - span.start)
      continue
    }
    const room = span.start - text.length
    // The head comes first, cut short only if a passage began sooner than it could end.
    const said = text === '' ? head.slice(0, Math.max(0, room - 2)) : ''
    text += said + gap(room - said.length) + span.text
  }
  if (text === '') text = head
  return {
    ...summary,
    title: `${syntheticSourceLabel}: ${summary.title}`,
    length: text.length,
    text,
  }
}

/**
 * The synthetic corpus the page holds, handed to whoever serves its sources (the page's mock
 * API), now and whenever another is made.
 */
let held: SyntheticSourceParts | null = null
const listeners = new Set<(parts: SyntheticSourceParts) => void>()

export function holdSyntheticSources(parts: SyntheticSourceParts): void {
  held = parts
  listeners.forEach((listener) => listener(parts))
}

export function onSyntheticSources(listener: (parts: SyntheticSourceParts) => void): () => void {
  listeners.add(listener)
  if (held) listener(held)
  return () => {
    listeners.delete(listener)
  }
}
