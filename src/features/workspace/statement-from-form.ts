import { findByName } from '../../lib/gazetteer/gazetteer'
import type { Span } from '../../lib/schemas/source'
import { channels, dimensionIds, type DimensionId, type StanceId } from '../../lib/vocabulary'
import { uniqueId } from '../../lib/workspace/changes'
import { newActorId, workspaceActor, type NewActor } from '../../lib/workspace/new-actor'
import {
  partsOfDay,
  type SourceVersion,
  type WorkspaceActor,
  type WorkspaceData,
  type WorkspaceStatement,
} from '../../lib/workspace/records'
import type { ActorChoice } from './actor-picker'

/** What the form holds outside its fields: the spans chosen in the text, the actor, the stance. */
export type StatementDraft = {
  passage: Span | null
  quotes: Span[]
  actor: ActorChoice | null
  newActor: NewActor
  stance: StanceId | null
  explicitStance: boolean
}

/**
 * The statement the form describes, with the new actor it names if any, or the first problem to
 * put right, in the order the form asks for them.
 */
export function statementFromForm(
  form: FormData,
  { passage, quotes, actor, newActor, stance, explicitStance }: StatementDraft,
  source: SourceVersion,
  data: WorkspaceData,
): { statement: WorkspaceStatement; actors: WorkspaceActor[] } | { problem: string } {
  const value = (name: string) => {
    const held = form.get(name)
    return typeof held === 'string' ? held.trim() : ''
  }
  if (!passage)
    return { problem: 'Choose the passage: select it in the text, then “Use as passage”.' }
  const outside = quotes.find((quote) => quote.start < passage.start || quote.end > passage.end)
  if (outside) return { problem: `The quotation “${outside.text}” lies outside the passage.` }
  let actorId = actor?.id ?? null
  const actors: WorkspaceActor[] = []
  if (!actorId && newActor.name.trim()) {
    actorId = newActorId(
      newActor.name,
      data.actors.map((held) => held.id),
    )
    actors.push(workspaceActor(actorId, newActor, 1000 + data.actors.length))
  }
  if (!actorId) return { problem: 'Choose an actor from the gazetteer or name a new one.' }
  const addressees = value('addressees')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  const unknown = addressees.filter((name) => name !== 'all sides' && !findByName(name))
  if (unknown.length > 0)
    return {
      problem: `Not in the gazetteer: ${unknown.join(', ')}. Use names such as “Armenia” or “all sides”.`,
    }
  const channel = channels.find((item) => item === value('channel')) ?? 'unspecified'
  const partOfDay = partsOfDay.find((item) => item === value('partOfDay')) ?? null
  const statement: WorkspaceStatement = {
    id: uniqueId(
      `${actorId}-${passage.text.slice(0, 24)}`,
      data.statements.map((s) => s.id),
    ),
    actorId,
    sourceId: source.id,
    sourceVersion: source.version,
    speaker: value('speaker') || null,
    office: value('office') || null,
    date: {
      asWritten: value('dateAsWritten') || null,
      earliest: value('earliest') || null,
      latest: value('latest') || value('earliest') || null,
      partOfDay,
    },
    channel,
    textKind: quotes.length > 0 ? 'quote' : 'paraphrase',
    passage,
    quotes,
    stance,
    explicitStance: stance !== null && explicitStance,
    positions: dimensionIds
      .filter((dimension) => form.get(`dimension-${dimension}`) === 'on')
      .map((dimension: DimensionId) => ({ dimension, value: 'takes' as const, party: null })),
    addressees: addressees.map((name) =>
      name === 'all sides' ? 'all-sides' : (findByName(name)?.id ?? name),
    ),
    rationale: value('rationale'),
  }
  return { statement, actors }
}
