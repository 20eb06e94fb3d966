import type { ActorOption } from './actor-options'
import { compactText, foldText } from './engine/search'
import { actorKinds, type ActorKind } from './vocabulary'

/** The options of one kind of actor, under the kind's name. */
export type ActorOptionGroup = { kind: ActorKind; options: FoundOption[] }

/** An option a query found, and the other name it was found by, if not by its own. */
export type FoundOption = { option: ActorOption; otherName: string | null }

/** Each kind as a heading over its actors in a list. */
export const kindGroupLabels: Record<ActorKind, string> = {
  state: 'States',
  'international-organisation': 'International organisations',
  party: 'Parties to the conflict',
  'observer-state': 'Observer states',
  'non-state-actor': 'Non-state actors',
  'non-governmental-organisation': 'Non-governmental organisations',
}

/**
 * The options a typed query finds, grouped by kind in the vocabulary's order; within a kind, those
 * whose name begins with the query, then the most statements first. An option is found by its own names (the query anywhere in them, case and
 * accents folded) or by the start of another name it is known by ("Turk" finds Türkiye by
 * "Turkey"), which is then given so the reader sees why it is there.
 */
export function matchActorOptions(
  options: readonly ActorOption[],
  query: string,
  otherNames: ReadonlyMap<string, readonly string[]> | null,
): ActorOptionGroup[] {
  const folded = foldText(query.trim())
  const compact = compactText(folded)
  const found = options.flatMap((option): FoundOption[] => {
    if (!folded) return [{ option, otherName: null }]
    if ([option.name, option.shortName].some((name) => foldText(name).includes(folded)))
      return [{ option, otherName: null }]
    const otherName = compact
      ? otherNames?.get(option.id)?.find((name) => compactText(foldText(name)).startsWith(compact))
      : undefined
    return otherName ? [{ option, otherName }] : []
  })
  // A name that begins with what was typed is what the reader is typing: it comes first.
  const startsWith = ({ option, otherName }: FoundOption) =>
    folded !== '' && foldText(otherName ?? option.name).startsWith(folded)
  return actorKinds.flatMap((kind) => {
    const ofKind = found
      .filter(({ option }) => option.kind === kind)
      .sort(
        (a, b) =>
          Number(startsWith(b)) - Number(startsWith(a)) ||
          b.option.statements - a.option.statements ||
          a.option.name.localeCompare(b.option.name),
      )
    return ofKind.length ? [{ kind, options: ofKind }] : []
  })
}
