import type { Codebook } from '../schemas/codebook'

/** One of the codebook's texts that reads differently from one version to the next. */
export type WordChange = { what: string; before: string; now: string }

/**
 * What the codebook's words say differently between two versions: each stance's label and
 * definition, each dimension's label and question, and the rules added or dropped. `now` is in the
 * newer codebook's own form, templates and all; the page fills it with the event's words.
 */
export function wordChanges(before: Codebook, after: Codebook): WordChange[] {
  const changes: WordChange[] = []
  const compare = (what: string, old: string | undefined, now: string | undefined) => {
    if ((old ?? '') !== (now ?? ''))
      changes.push({ what, before: old ?? 'none', now: now ?? 'none' })
  }
  for (const stance of after.stances) {
    const old = before.stances.find((candidate) => candidate.id === stance.id)
    compare(`Rank ${stance.rank}, label`, old?.label, stance.label)
    compare(`Rank ${stance.rank}, definition`, old?.definition, stance.definition)
  }
  for (const dimension of after.dimensions) {
    const old = before.dimensions.find((candidate) => candidate.id === dimension.id)
    compare(`Dimension “${dimension.label}”, label`, old?.label, dimension.label)
    compare(`Dimension “${dimension.label}”, question`, old?.question, dimension.question)
  }
  const oldRules = new Map((before.rules ?? []).map((rule) => [rule.id, rule.title]))
  const newRules = new Map((after.rules ?? []).map((rule) => [rule.id, rule.title]))
  for (const [id, title] of newRules) if (!oldRules.has(id)) compare('New rule', undefined, title)
  for (const [id, title] of oldRules)
    if (!newRules.has(id)) compare('Rule dropped', title, undefined)
  return changes
}
