import { actors } from '../data/actors'
import { codebook } from '../data/codebook'
import { event } from '../data/event'
import { sourceText } from '../data/source-text'
import { datasetVersions } from '../data/versions'
import { reliabilityFields } from '../src/lib/codebook/reliability-fields'
import { actorKinds, channels, dimensionIds, stanceIds } from '../src/lib/vocabulary'

// Every id the data and the code name things by. A one-word id that is also an English word
// ("supports", "speech", "party") cannot be told from the word, nor an id the article itself uses
// as a word ("cease-fire"); an actor's id is scanned for, lowercase where its name is capitalised
// ("france", "turkiye").
const ids = [
  ...stanceIds,
  ...dimensionIds,
  ...channels,
  ...actorKinds,
  'all-sides',
  event.id,
  ...event.milestones.map((milestone) => milestone.id),
  ...(codebook.rules ?? []).map((rule) => rule.id),
  ...reliabilityFields.map((field) => field.id),
  ...datasetVersions.flatMap((version) => version.statements.map((statement) => statement.id)),
]
const names = actors.map((actor) => actor.id)
const scanned = [...new Set([...ids.filter((id) => /[-:]/.test(id)), ...names])].filter(
  (id) => !sourceText.includes(id),
)

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const idPattern = new RegExp(
  `(?<![\\p{L}\\p{N}-])(${scanned.map(escape).join('|')})(?![\\p{L}\\p{N}-])`,
  'gu',
)

/** Brackets and braces, and the marks of a list or record printed as code. */
const codePattern = /[[\]{}]|",\s*"|=>/g

/**
 * What in a text a first-year student should never meet: an id or slug, a bracket or brace, an
 * array or record printed as code. Each found piece with a little of its context.
 */
export function slugsAndBrackets(text: string): string[] {
  const found: string[] = []
  for (const pattern of [idPattern, codePattern]) {
    for (const match of text.matchAll(pattern)) {
      const at = match.index
      found.push(`${match[0]} in “…${text.slice(Math.max(0, at - 30), at + 30)}…”`)
    }
  }
  return found
}

/** An element's text and the words it gives assistive technology (labels and titles). */
export function readableText(element: Element): string {
  const attributes = [element, ...element.querySelectorAll('*')].flatMap((node) =>
    ['aria-label', 'title', 'alt'].flatMap((name) => node.getAttribute(name) ?? []),
  )
  return [element.textContent, ...attributes].join('\n')
}
