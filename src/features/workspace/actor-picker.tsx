import { useState } from 'react'
import { Flag } from '../../components/flag'
import { foldText } from '../../lib/engine/search'
import { gazetteer, type GazetteerEntry } from '../../lib/gazetteer/gazetteer'
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

/** Search the gazetteer (names, demonyms, capitals) and the analyst's own actors. */
export function ActorPicker({
  own,
  chosen,
  onChoose,
}: {
  own: readonly WorkspaceActor[]
  chosen: ActorChoice | null
  onChoose: (actor: ActorChoice) => void
}) {
  const [query, setQuery] = useState('')
  const choices: ActorChoice[] = [
    ...own.map((actor) => ({ id: actor.id, name: actor.name, emblem: actor.emblem })),
    ...gazetteer.map((entry) => ({ id: entry.id, name: entry.name, emblem: entry.flag ?? 'none' })),
  ]
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
        label="Actor"
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder="Name, demonym or capital"
      />
      {found.length > 0 && (
        <ChoiceList
          label="Matching actors"
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
      <p aria-live="polite">
        {chosen ? (
          <>
            <Flag emblem={chosen.emblem} size={20} /> Chosen actor: {chosen.name}
          </>
        ) : (
          'No actor chosen yet.'
        )}
      </p>
    </div>
  )
}
