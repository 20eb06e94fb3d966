import { useId, useState } from 'react'
import type { Resolution } from '../../lib/workspace/resolve'
import { formatCount } from '../../lib/format'

export const resolutionLabels: Record<Resolution, string> = {
  'keep-mine': 'Keep mine',
  'take-theirs': 'Take theirs',
  'keep-both': 'Keep both',
}
const allResolutions = ['keep-mine', 'take-theirs', 'keep-both'] as const

/** Conflicts listed one by one; past these, one choice answers for the rest. */
const listed = 50

/**
 * One conflict, resolved by the analyst: what is in conflict (`legend`), the choices it offers,
 * and, where a choice costs something, what (`notes`).
 */
function ConflictChoice({
  legend,
  options,
  notes = {},
  value,
  onChange,
}: {
  legend: string
  options: readonly Resolution[]
  notes?: Partial<Record<Resolution, string>>
  value: Resolution | undefined
  onChange: (resolution: Resolution) => void
}) {
  const name = useId()
  return (
    <fieldset className="workspace-conflict">
      <legend>{legend}</legend>
      {options.map((resolution) => (
        <label key={resolution} className="workspace-check">
          <input
            type="radio"
            name={name}
            checked={value === resolution}
            onChange={() => onChange(resolution)}
          />{' '}
          {resolutionLabels[resolution]}
          {notes[resolution] && <span className="workspace-muted"> ({notes[resolution]})</span>}
        </label>
      ))}
    </fieldset>
  )
}

export type ConflictWords<T> = {
  keyOf: (conflict: T) => string
  /** How the conflict is named when it is still to be chosen ("moscow-urges"). */
  nameOf: (conflict: T) => string
  legendOf: (conflict: T) => string
  optionsOf: (conflict: T) => readonly Resolution[]
  notesOf?: (conflict: T) => Partial<Record<Resolution, string>>
}

/**
 * Each conflict resolved one by one; a long list shows its first conflicts so, and one choice
 * answers for the rest (where that choice is not offered, the analyst's own record is kept).
 * Gives back the conflicts' list and how each is resolved so far.
 */
export function useConflictChoices<T>(conflicts: readonly T[], words: ConflictWords<T>) {
  const [choices, setChoices] = useState<Record<string, Resolution>>({})
  const [others, setOthers] = useState<Resolution | ''>('')
  const rest = conflicts.length - listed
  const restKeys = new Set(conflicts.slice(listed).map(words.keyOf))
  const choiceOf = (conflict: T): Resolution | undefined => {
    const key = words.keyOf(conflict)
    const chosen = choices[key]
    if (chosen || !others || !restKeys.has(key)) return chosen
    return words.optionsOf(conflict).includes(others) ? others : 'keep-mine'
  }
  const list = (
    <>
      {conflicts.slice(0, listed).map((conflict) => (
        <ConflictChoice
          key={words.keyOf(conflict)}
          legend={words.legendOf(conflict)}
          options={words.optionsOf(conflict)}
          notes={words.notesOf?.(conflict)}
          value={choices[words.keyOf(conflict)]}
          onChange={(resolution) =>
            setChoices((held) => ({ ...held, [words.keyOf(conflict)]: resolution }))
          }
        />
      ))}
      {rest > 0 && (
        <p>
          <label>
            {`For the other ${formatCount(rest)} conflicts `}
            <select
              value={others}
              onChange={(event) =>
                setOthers(allResolutions.find((option) => option === event.target.value) ?? '')
              }
            >
              <option value="">Choose…</option>
              {allResolutions.map((option) => (
                <option key={option} value={option}>
                  {resolutionLabels[option]}
                </option>
              ))}
            </select>
          </label>
        </p>
      )}
    </>
  )
  /** What is still to choose, in words, or null when every conflict is resolved. */
  const unresolved = () => {
    const open = conflicts.filter((conflict) => !choiceOf(conflict))
    if (open.length === 0) return null
    const named = open.slice(0, 10).map(words.nameOf)
    const more = open.length > named.length ? ` and ${open.length - named.length} more` : ''
    return `Choose what to do with ${named.join(', ')}${more} first.`
  }
  return { list, choiceOf, unresolved }
}
