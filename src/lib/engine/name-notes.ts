import type { NameMatch, NameReason } from './other-names'

const because: Record<NameReason, (named: string) => string> = {
  name: () => '',
  capital: () => ', its capital',
  seat: () => ', a seat of its government',
  'organisation-seat': () => ', its seat',
  person: (named) => `: the article’s “${named}”`,
}

const listed = (names: readonly string[]) => names.map((name) => `“${name}”`).join(' and ')

/**
 * Why a search's results matched by other names, a sentence for each actor shown that a name
 * stood for ("Showing Türkiye for “Turkey”.", "Showing Türkiye for “Ankara”, its capital."). A
 * person stands for an actor only where the dataset has the source that names them in office
 * (`sources`); where a name brought no actor, the spellings it also looked for are named.
 */
export function nameNotes(
  names: readonly NameMatch[],
  shown: ReadonlySet<string>,
  sources: ReadonlySet<string>,
): string[] {
  return names.flatMap((name) => {
    const notes = name.targets
      .filter(
        (target) =>
          shown.has(target.actorId) && (target.source === undefined || sources.has(target.source)),
      )
      .map(
        ({ actor, reason, person }) =>
          `Showing ${actor.name} for “${name.written}”${because[reason](person?.named ?? '')}.`,
      )
    if (notes.length > 0 || name.spellings.length === 0) return notes
    return [`Searching for “${name.written}” as ${listed(name.spellings)} too.`]
  })
}
