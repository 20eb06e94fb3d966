import { useId, useState, type SubmitEvent } from 'react'
import { gazetteerActor, gazetteerEntry } from '../../lib/gazetteer/gazetteer'
import type { Actor } from '../../lib/schemas/actor'
import { dimensionIds, stanceIds, type StanceId } from '../../lib/vocabulary'
import type { Span } from '../../lib/schemas/source'
import { channels, type Channel } from '../../lib/vocabulary'
import { channelLabels } from '../../lib/labels'
import { putChange, type Change } from '../../lib/workspace/changes'
import { quotationProblem } from '../../lib/workspace/quotation'
import {
  partsOfDay,
  type SourceVersion,
  type WorkspaceActor,
  type WorkspaceData,
} from '../../lib/workspace/records'
import type { NewActor } from '../../lib/workspace/new-actor'
import { ActorPicker, type ActorChoice } from './actor-picker'
import { deriveWorkspaceStance } from './derived-stance'
import { PassageSelector, type Range } from './passage-selector'
import { statementFromForm } from './statement-from-form'
import type { WorkspaceLabels } from './use-labels'
import { LabelledInput } from '../../components/labelled-input'

export type StatementSeed = {
  passage: Span | null
  quotes: Span[]
  actorId: string | null
  stance: StanceId | null
  speaker: string | null
}

const spanOf = (text: string, range: Range): Span => ({
  start: range.start,
  end: range.end,
  text: text.slice(range.start, range.end),
})

function actorFor(id: string, own: readonly WorkspaceActor[]): Actor | undefined {
  const mine = own.find((actor) => actor.id === id)
  if (mine) return mine
  const entry = gazetteerEntry(id)
  return entry ? gazetteerActor(entry, 0) : undefined
}

export function StatementForm({
  source,
  data,
  labels,
  seed,
  onSave,
}: {
  source: SourceVersion
  labels: WorkspaceLabels
  data: WorkspaceData
  seed: StatementSeed | null
  onSave: (change: Change) => Promise<boolean>
}) {
  const id = useId()
  const [selected, setSelected] = useState<Range | null>(seed?.passage ?? null)
  const [passage, setPassage] = useState<Span | null>(seed?.passage ?? null)
  const [quotes, setQuotes] = useState<Span[]>(seed?.quotes ?? [])
  const [actor, setActor] = useState<ActorChoice | null>(() => {
    const found = seed?.actorId ? actorFor(seed.actorId, data.actors) : undefined
    return found ? { id: found.id, name: found.name, emblem: found.emblem } : null
  })
  const [newActor, setNewActor] = useState<NewActor>({ name: '', kind: 'state' })
  const [stance, setStance] = useState<StanceId | null>(seed?.stance ?? null)
  const [explicitStance, setExplicitStance] = useState(false)
  const [message, setMessage] = useState<string | null>(null)

  const addQuote = () => {
    if (!selected) return setMessage('Select the quoted words first.')
    const problem = quotationProblem(selected, source.text)
    if (problem) return setMessage(problem)
    setQuotes((held) => [...held, spanOf(source.text, selected)])
    setMessage(null)
  }

  const previewActor = actor ? actorFor(actor.id, data.actors) : undefined
  const preview = previewActor
    ? deriveWorkspaceStance(previewActor, [
        ...data.statements,
        ...(stance
          ? [{ id: 'being-coded', actorId: previewActor.id, stance, explicitStance, positions: [] }]
          : []),
      ])
    : null

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    const draft = { passage, quotes, actor, newActor, stance, explicitStance }
    const built = statementFromForm(new FormData(event.currentTarget), draft, source, data)
    if ('problem' in built) return setMessage(built.problem)
    if (await onSave(putChange({ statements: [built.statement], actors: built.actors }))) {
      setMessage(null)
      setPassage(null)
      setQuotes([])
    }
  }

  return (
    <form
      className="workspace-form workspace-statement-form"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <PassageSelector source={source} selected={selected} onSelect={setSelected} />
      <div className="workspace-actions">
        <button
          type="button"
          onClick={() => {
            if (!selected || selected.end <= selected.start)
              return setMessage('Select some words first.')
            setPassage(spanOf(source.text, selected))
            setMessage(null)
          }}
        >
          Use as passage
        </button>
        <button type="button" onClick={addQuote}>
          Add as quotation
        </button>
      </div>
      <p aria-live="polite">
        {passage ? `Passage: ${passage.text}` : 'No passage chosen.'}
        {quotes.length > 0 && ` Quotations: ${quotes.map((quote) => `“${quote.text}”`).join(', ')}`}
      </p>
      <ActorPicker
        own={data.actors}
        chosen={actor}
        onChoose={setActor}
        newActor={{ value: newActor, onChange: setNewActor }}
      />
      <LabelledInput label="Speaker" name="speaker" defaultValue={seed?.speaker ?? ''} />
      <LabelledInput label="Office" name="office" />
      <fieldset>
        <legend>Date, as the source words it</legend>
        <LabelledInput
          label="Words of the source"
          name="dateAsWritten"
          placeholder="on Monday morning"
        />
        <LabelledInput label="Earliest day" name="earliest" type="date" />
        <LabelledInput label="Latest day" name="latest" type="date" />
        <label htmlFor={`${id}-part`}>Part of day</label>
        <select id={`${id}-part`} name="partOfDay" defaultValue="">
          <option value="">Not stated</option>
          {partsOfDay.map((part) => (
            <option key={part} value={part}>
              {part}
            </option>
          ))}
        </select>
      </fieldset>
      <label htmlFor={`${id}-channel`}>Channel</label>
      <select id={`${id}-channel`} name="channel" defaultValue="unspecified">
        {channels.map((channel: Channel) => (
          <option key={channel} value={channel}>
            {channelLabels[channel]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-stance`}>Stance</label>
      <select
        id={`${id}-stance`}
        value={stance ?? ''}
        onChange={(event) =>
          setStance(stanceIds.find((item) => item === event.target.value) ?? null)
        }
      >
        <option value="">No stance toward {labels.terms.action}</option>
        {stanceIds.map((item) => (
          <option key={item} value={item}>
            {labels.stance(item)}
          </option>
        ))}
      </select>
      <label className="workspace-check">
        <input
          type="checkbox"
          checked={explicitStance}
          disabled={stance === null}
          onChange={(event) => setExplicitStance(event.target.checked)}
        />{' '}
        The source states this stance explicitly (“condemned”, “expressed support”)
      </label>
      <fieldset>
        <legend>Dimensions the statement takes</legend>
        {dimensionIds.map((dimension) => {
          const question = labels.question(dimension)
          // The codebook's question, in the event's words, describes the box its label names.
          return (
            <div key={dimension} className="workspace-dimension">
              <label className="workspace-check">
                <input
                  type="checkbox"
                  name={`dimension-${dimension}`}
                  aria-describedby={question ? `${id}-${dimension}-question` : undefined}
                />{' '}
                {labels.dimension(dimension)}
              </label>
              {question && (
                <span id={`${id}-${dimension}-question`} className="workspace-muted">
                  {question}
                </span>
              )}
            </div>
          )
        })}
      </fieldset>
      <LabelledInput
        label="Addressees (names, or “all sides”, separated by commas)"
        name="addressees"
      />
      <label htmlFor={`${id}-rationale`}>Rationale</label>
      <textarea id={`${id}-rationale`} name="rationale" rows={3} />
      {preview && (
        <p className="workspace-derived" aria-live="polite">
          Derived stance of {labels.actor(preview.actorId).name}:{' '}
          {preview.stance ? labels.stance(preview.stance) : 'none'}.{' '}
          {preview.status === 'none'
            ? `None of its statements expresses a stance toward ${labels.terms.action}.`
            : preview.explanation}
        </p>
      )}
      {message && (
        <p className="workspace-problems" role="alert">
          {message}
        </p>
      )}
      <button type="submit">Save statement</button>
    </form>
  )
}
