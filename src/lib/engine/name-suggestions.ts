import { compactText, foldText, parseSearch } from './search'

/** A name near a word of a search, and the search with that word spelled so. */
export type NameSuggestion = { name: string; q: string }

/**
 * The edits (a letter added, dropped, changed, or two swapped) between two words, or `limit + 1`
 * once it is clear there are more.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let before: number[] = []
  let last = Array.from({ length: b.length + 1 }, (_, at) => at)
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let edits = Math.min((last[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (last[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        edits = Math.min(edits, (before[j - 2] ?? 0) + 1)
      row.push(edits)
      best = Math.min(best, edits)
    }
    if (best > limit) return limit + 1
    before = last
    last = row
  }
  return Math.min(last[b.length] ?? 0, limit + 1)
}

/** How many edits a word may be from a name: none below four letters, one up to five, then two. */
const allowed = (length: number) => (length < 4 ? 0 : length <= 5 ? 1 : 2)

/**
 * For a search that found nothing, the names nearest its words: a name a word is a few edits from
 * ("Pashinan", "Pashinian") or the beginning of ("Yere", "Yerevan"), the nearest first, at most
 * `limit`. A word that is a name already, or a quoted phrase, is left as typed.
 */
export function nearestNames(q: string, names: readonly string[], limit = 3): NameSuggestion[] {
  // Each name whole, and each of its words long enough to be mistyped on its own.
  const candidates = new Map<string, string>()
  for (const name of names)
    for (const written of [name, ...name.split(/\s+/).filter((word) => word.length >= 4)])
      if (!candidates.has(compactText(foldText(written))))
        candidates.set(compactText(foldText(written)), written)
  const found: { name: string; folded: string; score: number }[] = []
  for (const term of parseSearch(q)) {
    const { compact } = term
    if (term.phrase || compact.length < 3 || candidates.has(compact)) continue
    const most = allowed(compact.length)
    for (const [key, name] of candidates) {
      const edits = editDistance(compact, key, most)
      const begins = key.startsWith(compact)
      if (edits > most && !begins) continue
      // A name the word begins counts as one and a half edits: after a slip, before two.
      found.push({ name, folded: term.folded, score: begins ? Math.min(edits, 1.5) : edits })
    }
  }
  found.sort(
    (a, b) => a.score - b.score || a.name.length - b.name.length || a.name.localeCompare(b.name),
  )
  const suggestions: NameSuggestion[] = []
  for (const { name, folded } of found) {
    if (suggestions.length >= limit) break
    if (suggestions.some((suggestion) => suggestion.name === name)) continue
    suggestions.push({ name, q: respelled(q, folded, name) })
  }
  return suggestions
}

/** The search with the first word that folds to `folded` written as `name`. */
function respelled(q: string, folded: string, name: string): string {
  const words = q.split(/(\s+)/)
  const at = words.findIndex((word) => foldText(word) === folded)
  if (at >= 0) words[at] = name
  return words.join('')
}
