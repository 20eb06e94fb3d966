import { gazetteer } from '../gazetteer/gazetteer'
import { actorKinds, type ActorKind } from '../vocabulary'
import { uniqueId } from './changes'
import type { WorkspaceActor } from './records'

/**
 * An actor the analyst names because neither the gazetteer nor the dataset has it, with the other
 * names its sources call it by ("the separatists, the de facto authorities"), comma-separated.
 */
export type NewActor = { name: string; kind: ActorKind; otherNames?: string }

/**
 * The kinds an analyst gives an actor they add: what it is. Whether it is a party to the conflict
 * depends on the event, and the event's parties say so.
 */
export const newActorKinds = actorKinds.filter((kind) => kind !== 'party')

const letters = (n: number): string =>
  (n >= 26 ? letters(Math.floor(n / 26) - 1) : '') + String.fromCharCode(97 + (n % 26))

/**
 * An id for the actor: its name in lower case with hyphens, as actor ids are written (letters and
 * hyphens only), and neither the gazetteer's nor one the workspace holds ("norvania",
 * "norvania-b").
 */
export function newActorId(name: string, taken: Iterable<string>): string {
  const used = new Set([...taken, ...gazetteer.map((entry) => entry.id)])
  // Without its digits the stem is letters and inner hyphens ("item" where none are Latin).
  const stem = uniqueId(name.replace(/[^\p{L}\s-]/gu, ' '), [])
  if (!used.has(stem)) return stem
  let n = 1
  while (used.has(`${stem}-${letters(n)}`)) n += 1
  return `${stem}-${letters(n)}`
}

/** The actor as the workspace keeps it; it has no flag, and is listed after the dataset's. */
export function workspaceActor(id: string, actor: NewActor, order: number): WorkspaceActor {
  const name = actor.name.trim()
  const otherNames = (actor.otherNames ?? '')
    .split(/[,;]/u)
    .map((other) => other.trim())
    .filter((other) => other !== '' && other !== name)
  return {
    id,
    name,
    shortName: name,
    kind: actor.kind,
    emblem: 'none',
    isParty: false,
    order,
    ...(otherNames.length > 0 ? { otherNames } : {}),
  }
}
