import { lazy, Suspense } from 'react'
import type { ActorComboboxProps } from './actor-combobox-live'

// The picker's list, its keys and its type-ahead load just after the first paint, which they
// would otherwise weigh down by more than a kilobyte; until then it shows as it does closed.
const LiveActorCombobox = lazy(() =>
  import('./actor-combobox-live').then((module) => ({ default: module.LiveActorCombobox })),
)

/** The actor picker (`LiveActorCombobox`), drawn closed while its script loads. */
export function ActorCombobox(props: ActorComboboxProps) {
  return (
    <Suspense fallback={<ClosedPicker {...props} />}>
      <LiveActorCombobox {...props} />
    </Suspense>
  )
}

/** The picker as it looks closed, with nothing to press until it can answer. */
function ClosedPicker({ label, labelHidden, options, allOptions, chosen }: ActorComboboxProps) {
  const names = new Map((allOptions ?? options).map((option) => [option.id, option.name]))
  return (
    <div className="actor-combobox">
      <span className={labelHidden ? 'visually-hidden' : 'actor-combobox-label'}>{label}</span>
      <div className="actor-combobox-field">
        {chosen.length > 0 && (
          <ul className="actor-chips">
            {chosen.map((actorId) => (
              <li key={actorId}>
                <span className="actor-chip">
                  {names.get(actorId) ?? actorId} <span aria-hidden="true">×</span>
                </span>
              </li>
            ))}
          </ul>
        )}
        <span className="actor-combobox-waiting">
          {chosen.length ? 'Add an actor' : 'Type a name, or press ↓'}
        </span>
      </div>
    </div>
  )
}
