import * as z from 'zod/mini'
import { timeZoneSchema } from '../../lib/schemas/event'
import type { NewActor } from '../../lib/workspace/new-actor'
import type { ActorRef, NewEvent } from '../../lib/workspace/new-event'
import type { WorkspaceMilestone } from '../../lib/workspace/records'
import type { ActorChoice } from './actor-picker'

/** What the new event's fields hold outside the form's inputs: the actors chosen, the rows. */
export type EventPicks = {
  initiator: ActorChoice | null
  newInitiator: NewActor
  initiatorIsParty: boolean
  /** The other sides in conflict, chosen or added. */
  parties: ActorRef[]
  /** One key per milestone row; its inputs are named by it. */
  milestones: number[]
}

export const milestoneFields = (key: number) => ({
  label: `milestoneLabel-${key}`,
  date: `milestoneDate-${key}`,
})

const isDate = (text: string) => z.iso.date().safeParse(text).success

/** "The border closure" → "the border closure": a label reads it mid-sentence. */
const midSentence = (text: string) =>
  text.replace(/^(The|A|An) /, (article) => article.toLowerCase())

function milestonesFrom(
  values: Record<string, string>,
  keys: readonly number[],
  problems: string[],
): WorkspaceMilestone[] {
  return keys.flatMap((key, at) => {
    const names = milestoneFields(key)
    const label = (values[names.label] ?? '').trim()
    const date = (values[names.date] ?? '').trim()
    if (!label && !date) return []
    if (!label) problems.push(`Give milestone ${at + 1} a label.`)
    if (!date) problems.push(`Give milestone ${at + 1} its day.`)
    else if (!isDate(date)) problems.push(`The day of milestone ${at + 1} must be a calendar date.`)
    return label && isDate(date) ? [{ label, date }] : []
  })
}

/**
 * The new event the fields describe, or what is wrong with them in words a person can act on, in
 * the order the form asks for them.
 */
export function newEventFromForm(
  values: Record<string, string>,
  picks: EventPicks,
): NewEvent | string[] {
  const problems: string[] = []
  const value = (name: string) => (values[name] ?? '').trim()
  const title = value('newEventTitle')
  if (!title) problems.push('Give the new event a title.')
  const newName = picks.newInitiator.name.trim()
  const initiator: ActorRef | null = picks.initiator
    ? { id: picks.initiator.id, name: picks.initiator.name }
    : newName
      ? { id: null, name: newName, kind: picks.newInitiator.kind }
      : null
  if (!initiator)
    problems.push('Say who set the event off: choose the initiator, or name a new one.')
  const short = midSentence(value('actionShort'))
  if (!short)
    problems.push('Say in a few words what the initiator did, such as “the border closure”.')
  const start = value('eventStart')
  const end = value('eventEnd')
  if (start && !isDate(start)) problems.push('The first day must be a calendar date.')
  if (end && !isDate(end)) problems.push('The last day must be a calendar date.')
  if (start && end && isDate(start) && isDate(end) && end < start)
    problems.push('The last day cannot come before the first.')
  const timeZone = value('timeZone')
  if (timeZone && !timeZoneSchema.safeParse(timeZone).success)
    problems.push(
      `“${timeZone}” is not a time zone this browser knows: use a name such as Europe/Paris.`,
    )
  const milestones = milestonesFrom(values, picks.milestones, problems)
  if (problems.length > 0 || !initiator) return problems
  return {
    title,
    start: start || null,
    end: end || null,
    initiator,
    action: { short, full: value('actionFull') || short },
    parties: [...(picks.initiatorIsParty ? [initiator] : []), ...picks.parties],
    country: value('country') || null,
    timeZone: timeZone || null,
    milestones,
  }
}
