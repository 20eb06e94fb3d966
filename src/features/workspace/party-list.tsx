import { useState } from 'react'
import type { NewActor } from '../../lib/workspace/new-actor'
import type { ActorRef } from '../../lib/workspace/new-event'
import type { WorkspaceActor } from '../../lib/workspace/records'
import { ActorPicker, NewActorFields } from './actor-picker'

const sameActor = (a: ActorRef, b: ActorRef) =>
  a.id !== null ? a.id === b.id : b.id === null && a.name.trim() === b.name.trim()

/** The other sides in conflict: chosen from the known actors, or added by name and kind. */
export function PartyList({
  own,
  parties,
  onChange,
}: {
  own: readonly WorkspaceActor[]
  parties: readonly ActorRef[]
  onChange: (parties: ActorRef[]) => void
}) {
  const [added, setAdded] = useState<NewActor>({ name: '', kind: 'state' })
  const add = (party: ActorRef) => {
    if (!parties.some((held) => sameActor(held, party))) onChange([...parties, party])
  }
  return (
    <fieldset>
      <legend>Other parties to the conflict</legend>
      <ActorPicker
        own={own}
        label="Other party"
        noun="party"
        onChoose={(choice) => add({ id: choice.id, name: choice.name })}
      />
      <NewActorFields noun="party" value={added} onChange={setAdded} />
      <button
        type="button"
        disabled={!added.name.trim()}
        onClick={() => {
          add({ id: null, ...added, name: added.name.trim() })
          setAdded({ ...added, name: '' })
        }}
      >
        Add the new party
      </button>
      <p aria-live="polite">
        {parties.length === 0
          ? 'No other party yet.'
          : `Other parties: ${parties.map((party) => party.name).join(', ')}.`}
      </p>
      {parties.length > 0 && (
        <ul className="workspace-parties">
          {parties.map((party) => (
            <li key={`${party.id ?? 'new'}:${party.name}`}>
              {party.name}{' '}
              <button
                type="button"
                onClick={() => onChange(parties.filter((held) => !sameActor(held, party)))}
              >
                Remove {party.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  )
}
