import { useId, useRef, useState, type SubmitEvent } from 'react'
import { nestedQuotation } from '../../lib/nested-quotation'
import { stanceIds } from '../../lib/vocabulary'
import { putChange, type Change } from '../../lib/workspace/changes'
import { quotationsOf } from '../../lib/workspace/quotation'
import type { SourceVersion, WorkspaceData } from '../../lib/workspace/records'
import { ActorPicker } from './actor-picker'
import { deriveWorkspaceStance } from './derived-stance'
import { pointsAt, statementDraftSchema } from './draft-states'
import { PassageSelector, type Range } from './passage-selector'
import { RestoredNotice } from './restored-notice'
import { StatementCircumstances, StatementPositions } from './statement-fields'
import { actorFor, spanOf, startOf, type StatementSeed } from './statement-start'
import { statementFromForm } from './statement-from-form'
import { useKeptDraft, useRestoredDraft } from './use-form-draft'
import type { WorkspaceLabels } from './use-labels'

type Props = {
  source: SourceVersion
  labels: WorkspaceLabels
  data: WorkspaceData
  seed: StatementSeed | null
  onSave: (change: Change) => Promise<boolean>
  /** Where the form's draft is kept: one per source version. */
  draftKey: string
  onDiscard: () => void
  /** The analyst changed something: what was said about the last save no longer applies. */
  onEdit: () => void
}

/** A statement coded from a source's words. Once saved, or discarded, the form starts afresh. */
export function StatementForm(props: Props) {
  const [round, setRound] = useState(0)
  return <StatementFormRound key={round} {...props} restart={() => setRound((held) => held + 1)} />
}

function StatementFormRound({
  source,
  data,
  labels,
  seed,
  onSave,
  draftKey,
  onDiscard,
  onEdit,
  restart,
}: Props & { restart: () => void }) {
  const id = useId()
  const form = useRef<HTMLFormElement>(null)
  const kept = useRestoredDraft(draftKey, statementDraftSchema)
  // A suggestion taken into the form stands in for whatever draft was kept before it.
  const restored = seed ? null : kept
  const pristine = startOf(seed, data.actors)
  const start = restored?.state ?? pristine
  const [selected, setSelected] = useState<Range | null>(
    start.selected && start.selected.end <= source.text.length ? start.selected : null,
  )
  const [passage, setPassage] = useState(
    start.passage && pointsAt(source.text)(start.passage) ? start.passage : null,
  )
  const [quotes, setQuotes] = useState(start.quotes.filter(pointsAt(source.text)))
  const [actor, setActor] = useState(start.actor)
  const [newActor, setNewActor] = useState(start.newActor)
  const [stance, setStance] = useState(start.stance)
  const [explicitStance, setExplicitStance] = useState(start.explicitStance)
  // What the passage and quotation buttons said, shown beside them; what saving said, by Save.
  const [note, setNote] = useState<{ text: string; problem: boolean } | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const draft = useKeptDraft({
    key: draftKey,
    form,
    restored,
    state: { selected, passage, quotes, actor, newActor, stance, explicitStance },
    pristine,
    what: `the statement you are coding from “${source.title}”`,
    onEdit,
  })

  const addQuote = () => {
    if (!selected) return setNote({ text: 'Select the quoted words first.', problem: true })
    const found = quotationsOf(selected, source.text)
    if ('problem' in found) return setNote({ text: found.problem, problem: true })
    const added = found
      .map((range) => spanOf(source.text, range))
      .filter((span) => !quotes.some((held) => held.start === span.start && held.end === span.end))
    setQuotes([...quotes, ...added].sort((a, b) => a.start - b.start))
    const exact =
      found.length === 1 && found[0]?.start === selected.start && found[0].end === selected.end
    setNote(
      exact
        ? null
        : {
            text: `Added the words inside the source’s quotation marks: ${added.map((span) => `“${nestedQuotation(span.text)}”`).join(', ') || 'already there'}.`,
            problem: false,
          },
    )
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
    const held = { passage, quotes, actor, newActor, stance, explicitStance }
    const built = statementFromForm(new FormData(event.currentTarget), held, source, data)
    if ('problem' in built) return setMessage(built.problem)
    if (await onSave(putChange({ statements: [built.statement], actors: built.actors }))) {
      draft.clear()
      restart()
    }
  }

  return (
    <form
      ref={form}
      className="workspace-form workspace-statement-form"
      onSubmit={(event) => void submit(event)}
      onChange={draft.changed}
      noValidate
    >
      {restored && (
        <RestoredNotice
          savedAt={restored.savedAt}
          onDiscard={() => {
            draft.clear()
            onDiscard()
            restart()
          }}
        />
      )}
      <PassageSelector source={source} selected={selected} onSelect={setSelected} />
      <div className="workspace-actions">
        <button
          type="button"
          onClick={() => {
            if (!selected || selected.end <= selected.start)
              return setNote({ text: 'Select some words first.', problem: true })
            setPassage(spanOf(source.text, selected))
            setNote(null)
          }}
        >
          Use as passage
        </button>
        <button type="button" onClick={addQuote}>
          Add as quotation
        </button>
      </div>
      {note?.problem && (
        <p className="workspace-problems" role="alert">
          {note.text}
        </p>
      )}
      <p aria-live="polite">
        {passage ? `Passage: ${passage.text}` : 'No passage chosen.'}
        {quotes.length > 0 &&
          ` Quotations: ${quotes.map((quote) => `“${nestedQuotation(quote.text)}”`).join(', ')}`}
        {note && !note.problem && ` ${note.text}`}
      </p>
      <ActorPicker
        own={data.actors}
        chosen={actor}
        onChoose={setActor}
        newActor={{ value: newActor, onChange: setNewActor }}
      />
      <StatementCircumstances speaker={seed?.speaker ?? ''} />
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
      <StatementPositions labels={labels} />
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
