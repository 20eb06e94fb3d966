import { useId, useState, type SubmitEvent } from 'react'
import * as z from 'zod/mini'
import { acceptedFileTypes, sourceTextFromFile } from '../../lib/workspace/html-to-text'
import type { NewEvent } from '../../lib/workspace/new-event'
import type { SourceVersion, WorkspaceActor } from '../../lib/workspace/records'
import { LabelledInput } from '../../components/labelled-input'
import { EventFields, noPicks } from './event-fields'
import { newEventFromForm, type EventPicks } from './event-from-form'

export type SourceFields = Omit<SourceVersion, 'id' | 'version' | 'addedAt'>

/** An event a source can be filed under: the dataset's, or one the analyst opened. */
export type EventChoice = { id: string; title: string }

/** Where the analyst files a source: under an event there is, a new one, or none yet. */
export type EventFiling =
  { kind: 'none' } | { kind: 'existing'; id: string } | { kind: 'new'; event: NewEvent }

const newEventValue = '+new'

function eventFiling(values: Record<string, string>, picks: EventPicks): EventFiling | string[] {
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

export function SourceForm({
  initial,
  events,
  own,
  onSave,
  submitLabel,
}: {
  initial?: SourceFields
  /** The events a source can be filed under, the dataset's first. */
  events: readonly EventChoice[]
  /** The analyst's own actors, to choose a new event's initiator and parties from. */
  own: readonly WorkspaceActor[]
  onSave: (fields: SourceFields, filing: EventFiling) => Promise<boolean>
  submitLabel: string
}) {
  const id = useId()
  const [text, setText] = useState(initial?.text ?? '')
  const [event, setEvent] = useState(initial?.eventId ?? '')
  const [picks, setPicks] = useState<EventPicks>(noPicks)
  const [problems, setProblems] = useState<string[]>([])

  const openFile = async (file: File | undefined) => {
    if (!file) return
    if (!/\.(txt|md|html?)$/i.test(file.name)) {
      setProblems([`“${file.name}” is not a .txt, .md or .html file.`])
      return
    }
    setText(sourceTextFromFile(file.name, await file.text()))
    setProblems([])
  }

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const values = Object.fromEntries(
      [...new FormData(form).entries()].map(([key, value]) => [
        key,
        typeof value === 'string' ? value : '',
      ]),
    )
    const result = validateSource({ ...values, text })
    const filing = eventFiling(values, picks)
    const found = [
      ...(Array.isArray(result) ? result : []),
      ...(Array.isArray(filing) ? filing : []),
    ]
    if (found.length > 0 || Array.isArray(result) || Array.isArray(filing))
      return setProblems(found)
    setProblems([])
    if (await onSave(result, filing)) {
      if (!initial) {
        form.reset()
        setText('')
        setEvent('')
        setPicks(noPicks)
      }
    }
  }

  return (
    <form className="workspace-form" onSubmit={(event) => void submit(event)} noValidate>
      <LabelledInput label="Title" name="title" defaultValue={initial?.title} required />
      <LabelledInput label="Outlet" name="outlet" defaultValue={initial?.outlet} />
      <LabelledInput
        label="Publication date"
        name="published"
        type="date"
        defaultValue={initial?.published ?? ''}
      />
      <LabelledInput label="URL" name="url" type="url" defaultValue={initial?.url ?? ''} />
      <LabelledInput label="Language" name="language" defaultValue={initial?.language ?? 'en'} />
      <label htmlFor={`${id}-event`}>Event</label>
      <select
        id={`${id}-event`}
        name="event"
        value={event}
        onChange={(change) => setEvent(change.target.value)}
      >
        <option value="">No event yet</option>
        {events.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.title}
          </option>
        ))}
        <option value={newEventValue}>A new event…</option>
      </select>
      {event === newEventValue && <EventFields own={own} picks={picks} onChange={setPicks} />}
      <label htmlFor={`${id}-text`}>Text</label>
      <textarea
        id={`${id}-text`}
        value={text}
        onChange={(event) => setText(event.target.value)}
        rows={8}
      />
      <LabelledInput
        label="Or open a .txt, .md or .html file"
        type="file"
        accept={acceptedFileTypes}
        onChange={(event) => void openFile(event.target.files?.[0])}
      />
      {problems.length > 0 && (
        <ul className="workspace-problems" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <button type="submit">{submitLabel}</button>
    </form>
  )
}
