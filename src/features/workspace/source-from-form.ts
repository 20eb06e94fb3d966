import * as z from 'zod/mini'
import type { NewEvent } from '../../lib/workspace/new-event'
import type { SourceVersion } from '../../lib/workspace/records'
import { newEventFromForm, type EventPicks } from './event-from-form'

export type SourceFields = Omit<SourceVersion, 'id' | 'version' | 'addedAt'>

/** An event a source can be filed under: the dataset's, or one the analyst opened. */
export type EventChoice = { id: string; title: string }

/** Where the analyst files a source: under an event there is, a new one, or none yet. */
export type EventFiling =
  { kind: 'none' } | { kind: 'existing'; id: string } | { kind: 'new'; event: NewEvent }

export const newEventValue = '+new'

export function eventFiling(
  values: Record<string, string>,
  picks: EventPicks,
): EventFiling | string[] {
  const chosen = values.event ?? ''
  if (chosen === newEventValue) {
    const event = newEventFromForm(values, picks)
    return Array.isArray(event) ? event : { kind: 'new', event }
  }
  return chosen ? { kind: 'existing', id: chosen } : { kind: 'none' }
}

const urlSchema = z.url({ protocol: /^https?$/ })

/** The fields of a source, or what is wrong with them in words a person can act on. */
export function validateSource(fields: Record<string, string>): SourceFields | string[] {
  const problems: string[] = []
  const title = (fields.title ?? '').trim()
  const text = fields.text ?? ''
  const url = (fields.url ?? '').trim()
  const published = (fields.published ?? '').trim()
  if (!title) problems.push('Give the source a title.')
  if (!text.trim()) problems.push('Paste the source’s text or open a file.')
  if (url && !urlSchema.safeParse(url).success)
    problems.push('The URL must be a full web address starting with http:// or https://.')
  if (published && !z.iso.date().safeParse(published).success)
    problems.push('The publication date must be a calendar date.')
  if (problems.length > 0) return problems
  return {
    title,
    outlet: (fields.outlet ?? '').trim(),
    published: published || null,
    url: url || null,
    language: (fields.language ?? '').trim() || 'en',
    // Stored verbatim: offsets into it must mean the same words for ever.
    text,
    eventId: null,
  }
}
