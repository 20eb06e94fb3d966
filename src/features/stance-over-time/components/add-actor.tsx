import { useId, useState, type SyntheticEvent } from 'react'
import type { Actor } from '../../../lib/schemas/actor'

/** A field that finds an actor in view by name and adds its strip. */
export function AddActor({
  addable,
  onAdd,
}: {
  addable: readonly Actor[]
  onAdd: (actorId: string) => void
}) {
  const id = useId()
  const [name, setName] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const submit = (event: SyntheticEvent) => {
    event.preventDefault()
    const typed = name.trim().toLowerCase()
    const found = addable.find(
      (actor) => actor.name.toLowerCase() === typed || actor.shortName.toLowerCase() === typed,
    )
    if (!found) {
      setProblem(typed ? 'No actor in view has that name.' : 'Type the name of an actor in view.')
      return
    }
    setProblem(null)
    setName('')
    onAdd(found.id)
  }
  return (
    <form className="stance-over-time-add" onSubmit={submit}>
      <label htmlFor={`${id}-actor`}>Add an actor</label>
      <input
        id={`${id}-actor`}
        type="search"
        list={`${id}-actors`}
        value={name}
        onChange={(event) => setName(event.target.value)}
        aria-describedby={problem ? `${id}-problem` : undefined}
        aria-invalid={problem ? true : undefined}
      />
      <datalist id={`${id}-actors`}>
        {addable.map((actor) => (
          <option key={actor.id} value={actor.name} />
        ))}
      </datalist>
      <button type="submit">Add</button>
      {problem && (
        <p id={`${id}-problem`} className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  )
}
