/**
 * The actors chosen, each a button that removes it: they wrap onto a second line only when there
 * are more than one line holds. One the list does not offer (outside the event in view) says so.
 */
export function ActorChips({
  chosen,
  nameOf,
  outside,
  onRemove,
}: {
  chosen: readonly string[]
  nameOf: (actorId: string) => string
  outside: ReadonlySet<string>
  onRemove: (actorId: string) => void
}) {
  if (chosen.length === 0) return null
  return (
    <ul className="actor-chips" aria-label="Chosen">
      {chosen.map((actorId) => (
        <li key={actorId} data-outside={outside.has(actorId) || undefined}>
          <button
            type="button"
            className="actor-chip"
            aria-label={`Remove ${nameOf(actorId)}`}
            onClick={() => onRemove(actorId)}
          >
            {nameOf(actorId)} <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  )
}
