import type { Codebook } from '../schemas/codebook'
import { fillTerms, genericTerms, speaksOfTheEvent } from './event-terms'

/**
 * One of the codebook's texts that reads differently from one version to the next. `before` and
 * `now` are each codebook's own text, templates and all; the sentence fills them.
 */
export type WordChange =
  | {
      what: 'label' | 'definition'
      of: { kind: 'stance'; rank: number } | { kind: 'dimension'; label: string }
      before: string | null
      now: string
    }
  | {
      what: 'question'
      of: { kind: 'dimension'; label: string }
      before: string | null
      now: string
    }
  | { what: 'rules'; added: boolean; titles: string[] }

/**
 * What the codebook's words say differently between two versions: each stance's label and
 * definition, each dimension's label and question, and the rules added or dropped.
 */
export function wordChanges(before: Codebook, after: Codebook): WordChange[] {
  const changes: WordChange[] = []
  for (const stance of after.stances) {
    const old = before.stances.find((candidate) => candidate.id === stance.id)
    const of = { kind: 'stance', rank: stance.rank } as const
    if (old?.label !== stance.label)
      changes.push({ what: 'label', of, before: old?.label ?? null, now: stance.label })
    if (old?.definition !== stance.definition)
      changes.push({
        what: 'definition',
        of,
        before: old?.definition ?? null,
        now: stance.definition,
      })
  }
  for (const dimension of after.dimensions) {
    const old = before.dimensions.find((candidate) => candidate.id === dimension.id)
    const of = { kind: 'dimension', label: dimension.label } as const
    if (old?.label !== dimension.label)
      changes.push({ what: 'label', of, before: old?.label ?? null, now: dimension.label })
    if (old?.question !== dimension.question)
      changes.push({ what: 'question', of, before: old?.question ?? null, now: dimension.question })
  }
  const oldRules = new Map((before.rules ?? []).map((rule) => [rule.id, rule.title]))
  const newRules = new Map((after.rules ?? []).map((rule) => [rule.id, rule.title]))
  const added = [...newRules].filter(([id]) => !oldRules.has(id)).map(([, title]) => title)
  const dropped = [...oldRules].filter(([id]) => !newRules.has(id)).map(([, title]) => title)
  if (added.length > 0) changes.push({ what: 'rules', added: true, titles: added })
  if (dropped.length > 0) changes.push({ what: 'rules', added: false, titles: dropped })
  return changes
}

/**
 * A change of the codebook's words in sentences, the newer text in the event's words (`fill`)
 * and, where it is written from the event, also as it reads for any event.
 */
export function describeWordChange(
  change: WordChange,
  fill: (text: string) => string,
  plain: (text: string) => string = (text) => text,
): string {
  const end = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`)
  if (change.what === 'rules') {
    const count = change.titles.length
    const rules = count === 1 ? 'One rule' : `${count} rules`
    const titles = change.titles.map((title) => end(plain(fill(title)))).join(' ')
    return change.added
      ? `${rules} added, under Coding rules above: ${titles}`
      : `${rules} dropped: ${titles}`
  }
  const whose =
    change.of.kind === 'stance'
      ? `The stance of rank ${change.of.rank}`
      : `The dimension ${change.of.label}`
  const here = plain(fill(change.now))
  const anyEvent = plain(fillTerms(change.now, genericTerms))
  const written =
    speaksOfTheEvent(change.now) && anyEvent !== here
      ? ` For any event it reads: ${end(anyEvent)}`
      : ''
  const was = change.before === null ? ' It is new.' : ` Before: ${end(plain(fill(change.before)))}`
  return `${whose}, its ${change.what}. Now: ${end(here)}${written}${was}`
}
