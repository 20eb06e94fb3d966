import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { Flag } from '../../components/flag'
import { actorsQueryOptions } from '../../lib/api/actors'
import { foldText } from '../../lib/engine/search'
import { gazetteer, type GazetteerEntry } from '../../lib/gazetteer/gazetteer'
import { kindLabels } from '../../lib/labels'
import { newActorKinds, type NewActor } from '../../lib/workspace/new-actor'
import type { WorkspaceActor } from '../../lib/workspace/records'
import { LabelledInput } from '../../components/labelled-input'
import { ChoiceList } from './choice-list'

export type ActorChoice = { id: string; name: string; emblem: string }

function matches(entry: GazetteerEntry, query: string): boolean {
  const folded = foldText(query.trim())
  const names = [entry.name, entry.shortName, ...entry.aliases]
  if (entry.kind === 'state') names.push(entry.demonym, entry.capital)
  return names.some((name) => foldText(name).includes(folded))
}

/** An actor to add: its name, and what kind of actor it is. */
export function NewActorFields({
  noun,
  value,
  onChange,
}: {
  /** "actor", "initiator", "party": the fields read "Or a new actor", "Kind of the new actor". */
  noun: string
  value: NewActor
  onChange: (actor: NewActor) => void
}) {
  const id = useId()
  return (
    <>
      <LabelledInput
        label={`Or a new ${noun}`}
        value={value.name}
        onChange={(event) => onChange({ ...value, name: event.target.value })}
      />
      <LabelledInput
        label={`Other names of the new ${noun} in your sources (optional, comma-separated)`}
        value={value.otherNames ?? ''}
        onChange={(event) => onChange({ ...value, otherNames: event.target.value })}
      />
      <label htmlFor={`${id}-kind`}>Kind of the new {noun}</label>
      <select
        id={`${id}-kind`}
        value={value.kind}
        onChange={(event) =>
          onChange({
            ...value,
            kind: newActorKinds.find((kind) => kind === event.target.value) ?? value.kind,
          })
        }
      >
        {newActorKinds.map((kind) => (
          <option key={kind} value={kind}>
            {kindLabels[kind]}
          </option>
        ))}
      </select>
    </>
  )
}

/**
 * Search the analyst's own actors, the dataset's (a party the gazetteer lacks) and the gazetteer
 * (names, demonyms, capitals); with `newActor`, name one that none of them has.
 */
export function ActorPicker({
  own,
  chosen,
  onChoose,
  label = 'Actor',
  noun = 'actor',
  newActor,
}: {
  own: readonly WorkspaceActor[]
  /** The actor chosen; undefined where a choice adds to a list instead. */
  chosen?: ActorChoice | null
  onChoose: (actor: ActorChoice) => void
  label?: string
  noun?: string
  newActor?: { value: NewActor; onChange: (actor: NewActor) => void }
}) {
  const [query, setQuery] = useState('')
  const dataset = useQuery(actorsQueryOptions()).data ?? []
  // The first of each id: the analyst's own record, then the dataset's, then the gazetteer's.
  const byId = new Map<string, ActorChoice>()
  for (const choice of [
    ...own.map((actor) => ({ id: actor.id, name: actor.name, emblem: actor.emblem })),
    ...dataset.map((actor) => ({ id: actor.id, name: actor.name, emblem: actor.emblem })),
    ...gazetteer.map((entry) => ({ id: entry.id, name: entry.name, emblem: entry.flag ?? 'none' })),
  ])
    if (!byId.has(choice.id)) byId.set(choice.id, choice)
  const choices = [...byId.values()]
  const found = query.trim()
    ? choices
        .filter(
          (choice) =>
            foldText(choice.name).includes(foldText(query.trim())) ||
            gazetteer.some((entry) => entry.id === choice.id && matches(entry, query)),
        )
        .slice(0, 8)
    : []
  return (
    <div className="workspace-actor-picker">
      <LabelledInput
        label={label}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder="Name, demonym or capital"
      />
      {found.length > 0 && (
        <ChoiceList
          label={noun === 'actor' ? 'Matching actors' : `Matching actors for the ${noun}`}
          className="workspace-actor-list"
          items={found}
          chosenId={chosen?.id}
          onChoose={(choice) => {
            onChoose(choice)
            setQuery('')
          }}
        >
          {(choice) => (
            <>
              <Flag emblem={choice.emblem} size={20} /> {choice.name}
            </>
          )}
        </ChoiceList>
      )}
      {chosen !== undefined && (
        <p aria-live="polite">
          {chosen ? (
            <>
              <Flag emblem={chosen.emblem} size={20} /> Chosen {noun}: {chosen.name}
            </>
          ) : (
            `No ${noun} chosen yet.`
          )}
        </p>
      )}
      {newActor && <NewActorFields noun={noun} {...newActor} />}
    </div>
  )
}
