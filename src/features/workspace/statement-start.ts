import { gazetteerActor, gazetteerEntry } from '../../lib/gazetteer/gazetteer'
import type { Actor } from '../../lib/schemas/actor'
import type { Span } from '../../lib/schemas/source'
import type { StanceId } from '../../lib/vocabulary'
import type { WorkspaceActor } from '../../lib/workspace/records'
import type { StatementFormState } from './draft-states'
import type { Range } from './passage-selector'

/** What a suggested draft, taken into the form to be edited, fills it with. */
export type StatementSeed = {
  passage: Span | null
  quotes: Span[]
  actorId: string | null
  stance: StanceId | null
  speaker: string | null
}

export const spanOf = (text: string, range: Range): Span => ({
  start: range.start,
  end: range.end,
  text: text.slice(range.start, range.end),
})

export function actorFor(id: string, own: readonly WorkspaceActor[]): Actor | undefined {
  const mine = own.find((actor) => actor.id === id)
  if (mine) return mine
  const entry = gazetteerEntry(id)
  return entry ? gazetteerActor(entry, 0) : undefined
}

/** The form as it starts: empty, or with what a suggested draft proposes. */
export function startOf(
  seed: StatementSeed | null,
  own: readonly WorkspaceActor[],
): StatementFormState {
  const actor = seed?.actorId ? actorFor(seed.actorId, own) : undefined
  return {
    selected: seed?.passage ? { start: seed.passage.start, end: seed.passage.end } : null,
    passage: seed?.passage ?? null,
    quotes: seed?.quotes ?? [],
    actor: actor ? { id: actor.id, name: actor.name, emblem: actor.emblem } : null,
    newActor: { name: '', kind: 'state' },
    stance: seed?.stance ?? null,
    explicitStance: false,
  }
}
