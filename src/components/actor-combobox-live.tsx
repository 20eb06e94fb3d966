import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { kindGroupLabels, matchActorOptions } from '../lib/actor-option-match'
import type { ActorOption } from '../lib/actor-options'
import { countOf, formatCount } from '../lib/format'
import { ActorChips } from './actor-chips'
import { useActorOtherNames } from './use-actor-other-names'

export type ActorComboboxProps = {
  label: string
  /** Read but not shown, where a legend above already names the list. */
  labelHidden?: boolean
  /** The actors offered: those of the event in view, each with its statements in the view. */
  options: readonly ActorOption[]
  /** Every actor, offered on request when the address chose one that `options` lacks. */
  allOptions?: readonly ActorOption[]
  /** The ids chosen, in the order they were chosen. */
  chosen: readonly string[]
  onChange: (ids: string[]) => void
  /** At most this many; the others cannot be added until one is removed. */
  max?: number
  /** An option with no statements in the view cannot be chosen: it would show nothing. */
  emptyDisabled?: boolean
}

/**
 * Choose actors from a long list (a combobox with a multi-select listbox, as the ARIA practices
 * describe it): closed, one line of the chosen ones and a text box; typing narrows the list by
 * name or another name the search knows; the options are grouped by kind, each with its count.
 * The arrow keys, Home and End move; Enter, or Space once moved to an option, adds or removes it;
 * Escape closes; Backspace in the empty box removes the last one chosen.
 */
export function LiveActorCombobox({
  label,
  labelHidden = false,
  options,
  allOptions,
  chosen,
  onChange,
  max = Infinity,
  emptyDisabled = false,
}: ActorComboboxProps) {
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const [open, setOpen] = useState(false)
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  // Space types a space until an option has been moved to with the keys.
  const [moved, setMoved] = useState(false)
  const [showAll, setShowAll] = useState(false)
  const [said, setSaid] = useState('')
  const otherNames = useActorOtherNames(query !== '')
  const everyOption = allOptions ?? options
  const byId = new Map(everyOption.map((option) => [option.id, option]))
  const inScope = new Set(options.map((option) => option.id))
  const outside = chosen.filter((actorId) => !inScope.has(actorId))
  const offered = showAll && outside.length > 0 ? everyOption : options
  const groups = open ? matchActorOptions(offered, query, otherNames) : []
  const found = groups.flatMap((group) => group.options.map(({ option }) => option))
  const at = Math.min(active, found.length - 1)
  const activeOption = open ? found[at] : undefined
  const optionId = (actorId: string) => `${id}-option-${actorId}`
  const nameOf = (actorId: string) => byId.get(actorId)?.name ?? actorId
  const full = chosen.length >= max
  const blocked = (option: ActorOption) =>
    !chosen.includes(option.id) && (full || (emptyDisabled && option.statements === 0))

  useEffect(() => {
    if (activeOption)
      document.getElementById(optionId(activeOption.id))?.scrollIntoView({ block: 'nearest' })
  })

  const remove = (actorId: string) => {
    onChange(chosen.filter((item) => item !== actorId))
    setSaid(`${nameOf(actorId)} removed. ${countOf(chosen.length - 1, 'actor')} chosen.`)
  }
  const toggle = (option: ActorOption) => {
    if (chosen.includes(option.id)) return remove(option.id)
    if (full) return setSaid(`${countOf(max, 'actor')} chosen: remove one to add another.`)
    if (blocked(option)) return setSaid(`${option.name} has no statements in this view.`)
    onChange([...chosen, option.id])
    // As in a field of tags: the name typed has found its actor, and the box is ready for the next.
    setQuery('')
    setSaid(`${option.name} added. ${countOf(chosen.length + 1, 'actor')} chosen.`)
  }
  const moveTo = (index: number) => {
    setOpen(true)
    setActive(Math.max(0, index))
    setMoved(true)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = found.length - 1
    const keys: Record<string, (() => void) | false> = {
      ArrowDown: () => moveTo(open ? Math.min(at + 1, last) : 0),
      ArrowUp: () => moveTo(open ? Math.max(at - 1, 0) : last),
      Home: open && (() => moveTo(0)),
      End: open && (() => moveTo(last)),
      Enter: activeOption !== undefined && (() => toggle(activeOption)),
      ' ': moved && activeOption !== undefined && (() => toggle(activeOption)),
      Escape: () => (open ? setOpen(false) : setQuery('')),
      Backspace: query === '' && chosen.length > 0 && (() => remove(chosen.at(-1) ?? '')),
    }
    const act = keys[event.key]
    if (!act) return
    event.preventDefault()
    act()
  }

  return (
    <div className="actor-combobox">
      <label htmlFor={`${id}-input`} className={labelHidden ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <div className="actor-combobox-field">
        <ActorChips
          chosen={chosen}
          nameOf={nameOf}
          outside={new Set(outside)}
          onRemove={(actorId) => {
            remove(actorId)
            input.current?.focus()
          }}
        />
        <input
          ref={input}
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={activeOption ? optionId(activeOption.id) : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={chosen.length ? 'Add an actor' : 'Type a name, or press ↓'}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value)
            setOpen(true)
            setActive(0)
            setMoved(false)
            setSaid('')
          }}
          onClick={() => setOpen(true)}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <div
          id={`${id}-list`}
          role="listbox"
          aria-label={label}
          aria-multiselectable="true"
          hidden={!open}
        >
          {groups.map((group) => (
            <div key={group.kind} role="group" aria-labelledby={`${id}-kind-${group.kind}`}>
              <div
                role="presentation"
                id={`${id}-kind-${group.kind}`}
                className="actor-option-kind"
              >
                {kindGroupLabels[group.kind]}
              </div>
              {group.options.map(({ option, otherName }) => (
                <div
                  key={option.id}
                  id={optionId(option.id)}
                  role="option"
                  // Reached by the arrow keys through aria-activedescendant, never by Tab.
                  tabIndex={-1}
                  aria-selected={chosen.includes(option.id)}
                  aria-disabled={blocked(option) || undefined}
                  className={option === activeOption ? 'active' : undefined}
                  // Chosen on mouse down, before the text box loses the focus and closes the list.
                  onMouseDown={(event) => {
                    event.preventDefault()
                    toggle(option)
                  }}
                >
                  <span className="actor-option-name">
                    {option.name}
                    {otherName && (
                      <>
                        {' '}
                        <span className="actor-option-other">“{otherName}”</span>
                      </>
                    )}
                  </span>{' '}
                  <span className="actor-option-count">
                    {formatCount(option.statements)}{' '}
                    <span className="visually-hidden">
                      {option.statements === 1 ? 'statement' : 'statements'}
                    </span>
                  </span>
                </div>
              ))}
            </div>
          ))}
          {open && found.length === 0 && (
            <p className="actor-option-none">No actor is named “{query}”.</p>
          )}
        </div>
      </div>
      {outside.length > 0 && allOptions && (
        <p className="actor-combobox-outside">
          {outside.map(nameOf).join(', ')} {outside.length === 1 ? 'is' : 'are'} not among this
          event’s actors.{' '}
          <button
            type="button"
            className="link-button"
            aria-pressed={showAll}
            onClick={() => setShowAll(!showAll)}
          >
            Show all actors
          </button>
        </p>
      )}
      <p className="visually-hidden" role="status">
        {said || (open && query ? `${countOf(found.length, 'actor')} found` : '')}
      </p>
    </div>
  )
}
