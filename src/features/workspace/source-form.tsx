import { useId, useRef, useState, type SubmitEvent } from 'react'
import { fileSizeProblem } from '../../lib/workspace/import-limits'
import { acceptedFileTypes, sourceTextFromFile } from '../../lib/workspace/html-to-text'
import type { WorkspaceActor } from '../../lib/workspace/records'
import { LabelledInput } from '../../components/labelled-input'
import { sourceDraftSchema, type SourceDraft } from './draft-states'
import { EventFields, noPicks } from './event-fields'
import type { EventPicks } from './event-from-form'
import { RestoredNotice } from './restored-notice'
import {
  eventFiling,
  newEventValue,
  validateSource,
  type EventChoice,
  type EventFiling,
  type SourceFields,
} from './source-from-form'
import { useKeptDraft, useRestoredDraft } from './use-form-draft'

type Props = {
  initial?: SourceFields
  /** The events a source can be filed under, the dataset's first. */
  events: readonly EventChoice[]
  /** The analyst's own actors, to choose a new event's initiator and parties from. */
  own: readonly WorkspaceActor[]
  onSave: (fields: SourceFields, filing: EventFiling) => Promise<boolean>
  submitLabel: string
  /** Where the form's draft is kept, and what it holds in words ("the source you are adding"). */
  draft: { key: string; what: string }
  onDiscard?: () => void
  /** The analyst changed something: what was said about the last save no longer applies. */
  onEdit?: () => void
}

/**
 * A source's fields. A new source's form starts afresh once saved or its draft discarded: every
 * field, search and choice back to its start, nothing of the last source left behind.
 */
export function SourceForm(props: Props) {
  const [round, setRound] = useState(0)
  return <SourceFormRound key={round} {...props} restart={() => setRound((held) => held + 1)} />
}

function SourceFormRound({
  initial,
  events,
  own,
  onSave,
  submitLabel,
  draft: { key, what },
  onDiscard,
  onEdit,
  restart,
}: Props & { restart: () => void }) {
  const id = useId()
  const form = useRef<HTMLFormElement>(null)
  const restored = useRestoredDraft(key, sourceDraftSchema)
  const pristine: SourceDraft = {
    text: initial?.text ?? '',
    event: initial?.eventId ?? '',
    picks: noPicks,
  }
  const [text, setText] = useState(restored?.state.text ?? pristine.text)
  const [event, setEvent] = useState(restored?.state.event ?? pristine.event)
  const [picks, setPicks] = useState<EventPicks>(restored?.state.picks ?? noPicks)
  const [problems, setProblems] = useState<string[]>([])
  const kept = useKeptDraft({
    key,
    form,
    restored,
    state: { text, event, picks },
    pristine,
    what,
    ...(onEdit ? { onEdit } : {}),
  })

  const openFile = async (file: File | undefined) => {
    if (!file) return
    if (!/\.(txt|md|html?)$/i.test(file.name)) {
      setProblems([`“${file.name}” is not a .txt, .md or .html file.`])
      return
    }
    // A file past the limit is refused before it is read: its text would fill the form for nothing.
    const tooLarge = fileSizeProblem(file, 'source')
    if (tooLarge) {
      setProblems([tooLarge])
      return
    }
    setText(sourceTextFromFile(file.name, await file.text()))
    setProblems([])
  }

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    const values = Object.fromEntries(
      [...new FormData(event.currentTarget).entries()].map(([key, value]) => [
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
      kept.clear()
      if (!initial) restart()
    }
  }

  return (
    <form
      ref={form}
      className="workspace-form"
      onSubmit={(event) => void submit(event)}
      onChange={kept.changed}
      noValidate
    >
      {restored && (
        <RestoredNotice
          savedAt={restored.savedAt}
          onDiscard={() => {
            kept.clear()
            onDiscard?.()
            restart()
          }}
        />
      )}
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
