import { summaryStances } from '../codebook/stance-label'
import type { Actor } from '../schemas/actor'
import type { StanceSummary } from '../schemas/stance-summary'
import type { Statement } from '../schemas/statement'
import { stanceIds } from '../vocabulary'
import type { EngineIndex } from './build-index'

/** A codebook's rule: an actor's stance from its statements. */
export type DeriveStance = (actor: Actor, statements: readonly Statement[]) => StanceSummary

/** An index made over to one event's own stances (`indexForEvent` with a rule). */
export type EventIndexer = (index: EngineIndex, eventId: string) => EngineIndex

/**
 * The index with each actor's stance derived from its statements about one event alone. A stance
 * is toward one event's action: across a dataset of several events, the stance an actor takes on
 * one of them is read from that event's statements, never from its statements about the others.
 * An actor that did not speak on the event keeps no stance and is not listed.
 */
export function indexForEvent(
  index: EngineIndex,
  eventId: string,
  derive: DeriveStance,
): EngineIndex {
  const code = index.values.event.indexOf(eventId)
  const summaries = index.actors.map((actor, position) => {
    if (!index.summaries[position]) return null
    const own: Statement[] = []
    const end = index.actorStart[position + 1] ?? 0
    for (let at = index.actorStart[position] ?? 0; at < end; at += 1) {
      const statement = index.statements[at]
      if (statement && aboutEvent(index, at, code)) own.push(statement)
    }
    return own.length > 0 ? derive(actor, own) : null
  })
  return {
    ...index,
    summaries,
    listed: Uint8Array.from(summaries, (summary) => (summary ? 1 : 0)),
    actorStanceBits: Uint8Array.from(summaries, (summary) =>
      summary
        ? summaryStances(summary).reduce(
            (bits, stance) => bits | (1 << stanceIds.indexOf(stance)),
            0,
          )
        : 0,
    ),
  }
}

function aboutEvent(index: EngineIndex, at: number, code: number): boolean {
  const end = index.eventStart[at + 1] ?? 0
  for (let event = index.eventStart[at] ?? 0; event < end; event += 1)
    if (index.eventCodes[event] === code) return true
  return false
}
