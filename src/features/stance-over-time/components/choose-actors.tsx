import { useId, useState } from 'react'
import type { Actor } from '../../../lib/schemas/actor'
import { actorsLine } from '../strip-axis'
import { AddActor } from './add-actor'

/** What the reader may do to the set of actors with strips; each change goes to the address. */
export type ActorChoice = {
  /** True when the reader chose the actors; false while they are the busiest. */
  chosen: boolean
  /** How many the busiest are, for the way back to them. */
  byDefault: number
  /** Actors in view that have no strip yet, to add by name. */
  addable: readonly Actor[]
  onAdd: (actorId: string) => void
  onRemove: (actorId: string) => void
  onReset: () => void
}

/**
 * Why these actors, in a line ("The 12 actors with the most statements; change"), and behind
 * "change" the means to add one by name, take one away, or go back to the busiest.
 */
export function ChooseActors({ shown, choice }: { shown: readonly Actor[]; choice: ActorChoice }) {
  const id = useId()
  const [open, setOpen] = useState(false)
  const { chosen, byDefault, addable, onAdd, onRemove, onReset } = choice
  return (
    <div className="stance-actors">
      <p className="stance-actors-line">
        {actorsLine(shown.length, chosen)};{' '}
        <button
          type="button"
          className="link-button"
          aria-expanded={open}
          aria-controls={`${id}-change`}
          // The visible word starts the name, which says what changes.
          aria-label="change the actors shown"
          onClick={() => setOpen((was) => !was)}
        >
          change
        </button>
      </p>
      <div id={`${id}-change`} className="stance-actors-change" hidden={!open}>
        <AddActor addable={addable} onAdd={onAdd} />
        <ul className="stance-actors-shown" aria-label="Actors shown">
          {shown.map((actor) => (
            <li key={actor.id}>
              {actor.shortName}
              <button
                type="button"
                className="link-button"
                aria-label={`Remove ${actor.name}`}
                // The last strip stays: with none, the panel would have nothing to say.
                disabled={shown.length === 1}
                onClick={() => onRemove(actor.id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        {chosen && (
          <button type="button" className="link-button" onClick={onReset}>
            Show the {byDefault} with the most statements
          </button>
        )}
      </div>
    </div>
  )
}
