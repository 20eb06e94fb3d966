import type { CodebookLabels } from '../labels'
import type { Codebook } from '../schemas/codebook'

/** A label inside a sentence: "Phone call" reads "phone call"; "UN mandate" keeps its capitals. */
export const inSentence = (label: string) =>
  /^\p{Lu}\p{Ll}/u.test(label) ? `${label.charAt(0).toLowerCase()}${label.slice(1)}` : label

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The codebook's texts name the values a coder records by their ids ("record all-sides", "for
 * turkiye"); a reader is shown each value's name instead ("record all sides", "for Türkiye"). Only
 * ids no English word spells are replaced: those with a hyphen, and actors' ids, which are
 * lowercase where a name is capitalised.
 */
export function codeWords(
  codebook: Codebook,
  labels: CodebookLabels,
  actorName: (id: string) => string = (id) => id,
): (text: string) => string {
  const names = new Map<string, string>()
  // An actor's name where the dataset knows it, else the codebook's label for it.
  for (const actor of codebook.actors ?? []) {
    const name = actorName(actor.id)
    names.set(actor.id, name === actor.id ? actor.label : name)
  }
  const values = [
    ...codebook.stances.map((stance) => [stance.id, labels.stance(stance.id)] as const),
    ...codebook.dimensions.map(
      (dimension) => [dimension.id, labels.dimension(dimension.id)] as const,
    ),
    ...(codebook.channels ?? []).map((channel) => [channel.id, channel.label] as const),
    ...(codebook.addressees ?? []).map((addressee) => [addressee.id, addressee.label] as const),
  ]
  for (const [id, label] of values) if (id.includes('-')) names.set(id, inSentence(label))
  if (names.size === 0) return (text) => text
  // Longest first, so that "calls-on-all-sides" is read before the "all-sides" inside it.
  const ids = [...names.keys()].sort((a, b) => b.length - a.length)
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}-])(${ids.map(escape).join('|')})(?![\\p{L}\\p{N}-])`,
    'gu',
  )
  return (text) => text.replace(pattern, (id) => names.get(id) ?? id)
}
