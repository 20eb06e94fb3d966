import { uniqueId } from './changes'
import { newActorId, workspaceActor, type NewActor } from './new-actor'
import type { WorkspaceActor, WorkspaceData, WorkspaceEvent, WorkspaceMilestone } from './records'

/** An actor the event names: one the analyst chose (with its id), or one they add. */
export type ActorRef = { id: string; name: string } | ({ id: null } & NewActor)

/** A new event as the analyst describes it, before it has an id. */
export type NewEvent = {
  title: string
  start: string | null
  end: string | null
  initiator: ActorRef
  action: { short: string; full: string }
  /** The sides in conflict; the initiator among them where it is one. */
  parties: ActorRef[]
  country: string | null
  timeZone: string | null
  milestones: WorkspaceMilestone[]
}

/**
 * The event to store and the actors it adds. An actor added twice under one name (the initiator,
 * then again as a party) is added once. Without dates the event runs from `day` (the source's
 * publication day, or today).
 */
export function openEvent(
  described: NewEvent,
  data: WorkspaceData,
  day: string,
): { event: WorkspaceEvent; actors: WorkspaceActor[] } {
  const actors: WorkspaceActor[] = []
  const idOf = (ref: ActorRef): string => {
    if (ref.id !== null) return ref.id
    const name = ref.name.trim()
    const added = actors.find((actor) => actor.name === name)
    if (added) return added.id
    const id = newActorId(
      name,
      [...data.actors, ...actors].map((actor) => actor.id),
    )
    actors.push(workspaceActor(id, ref, 1000 + data.actors.length + actors.length))
    return id
  }
  const initiatorId = idOf(described.initiator)
  const start = described.start ?? day
  const event: WorkspaceEvent = {
    id: uniqueId(
      described.title,
      data.events.map((held) => held.id),
    ),
    title: described.title,
    start,
    end: described.end ?? start,
    initiator: { actorId: initiatorId, name: described.initiator.name.trim() },
    action: described.action,
    parties: [...new Set(described.parties.map(idOf))],
    ...(described.country ? { country: described.country } : {}),
    ...(described.timeZone ? { timeZone: described.timeZone } : {}),
    ...(described.milestones.length > 0 ? { milestones: described.milestones } : {}),
  }
  return { event, actors }
}
