import { useEffect, useId, useRef, useState, type RefObject } from 'react'
import { withList, type FilterState, type ListFilter } from '../../../lib/url-state/filter-state'
import type { FilterGroup } from '../filter-options'
import { FacetGroup } from './facet-group'

export type ChangeFilters = (next: FilterState, options?: { replace?: boolean }) => void

/**
 * Per filter, what choosing each option alone would show, counted in one pass by the engine (the
 * shape of the engine's `FacetCountsByValue`); a filter it does not count is counted option by
 * option.
 */
export type FacetCountsByValue = Partial<
  Record<string, ReadonlyMap<string, { actors: number; statements: number }>>
>

type Props = {
  /** How many actors a filter state shows, for the count beside each option. */
  countActors: (state: FilterState) => number
  /** The counts for the current filters when the engine has them; null while it has not. */
  facetCounts?: FacetCountsByValue | null
  /** A filter that cannot be offered just now (its data failed to load), and why, in words. */
  unavailable?: { key: ListFilter; note: string } | null
  state: FilterState
  groups: readonly FilterGroup[]
  dateBounds: { min: string; max: string }
  onChange: ChangeFilters
}

export function FilterPanel({
  countActors,
  facetCounts = null,
  unavailable = null,
  state,
  groups,
  dateBounds,
  onChange,
}: Props) {
  const panel = useRef<HTMLDivElement>(null)
  // How many actors each option would show: the other filters applied, this one set to it.
  const optionCounts = (group: FilterGroup): ReadonlyMap<string, number> => {
    const counted = facetCounts?.[group.key]
    return new Map(
      group.options.map((option) => [
        option.value,
        counted
          ? (counted.get(option.value)?.actors ?? 0)
          : countActors(withList(state, group.key, [option.value])),
      ]),
    )
  }
  useTickedBeforeStart(panel, { state, groups, onChange })
  return (
    <div className="filter-panel" ref={panel}>
      <SearchBox
        value={state.q}
        onCommit={(q, replace) => onChange({ ...state, q }, { replace })}
      />
      {groups.map((group) => {
        if (group.key === unavailable?.key)
          return (
            <fieldset key={group.key} className="facet">
              <legend>{group.legend}</legend>
              <p className="facet-unavailable">{unavailable.note}</p>
            </fieldset>
          )
        return (
          <FacetGroup
            key={group.key}
            group={group}
            counts={optionCounts(group)}
            state={state}
            onChange={(next) => onChange(next)}
          />
        )
      })}
      <DateRange
        from={state.from}
        to={state.to}
        bounds={dateBounds}
        onCommit={(range, replace) => onChange({ ...state, ...range }, { replace })}
      />
      <details className="filter-help">
        <summary>How filters combine</summary>
        <p>
          Within one filter, any of the chosen values matches; different filters must all match.
          Stance, kind and actor choose actors (stance is the actor’s overall stance). The stance of
          a statement, position, channel, speaker, dates and search choose statements: an actor is
          shown when at least one of its statements matches them all. A link’s filters, sent to the
          API’s /api/statements, find the same statements. The number beside each option is how many
          actors it would show with the other filters as they are. A statement the article does not
          date matches any day it could fall on.
        </p>
      </details>
    </div>
  )
}

/**
 * Boxes ticked in the prerendered panel before the app took the page over stay ticked through
 * hydration but are not yet the filters': they are taken as ticked, every filter in one change.
 * A chosen option the panel does not show (a long list folded to its top options) stays chosen.
 */
function useTickedBeforeStart(
  panel: RefObject<HTMLDivElement | null>,
  started: { state: FilterState; groups: readonly FilterGroup[]; onChange: ChangeFilters },
) {
  const atStart = useRef(started)
  useEffect(() => {
    const { state, groups, onChange } = atStart.current
    let next = state
    for (const group of groups) {
      const boxes = [
        ...(panel.current?.querySelectorAll<HTMLInputElement>(
          `input[data-filter="${group.key}"]`,
        ) ?? []),
      ]
      const shown = new Set(boxes.map((box) => box.value))
      const chosen: readonly string[] = state[group.key]
      const ticked = [
        ...chosen.filter((value) => !shown.has(value)),
        ...boxes.filter((box) => box.checked).map((box) => box.value),
      ]
      const same =
        ticked.length === chosen.length && ticked.every((value) => chosen.includes(value))
      if (!same) next = withList(next, group.key, ticked)
    }
    if (next !== state) onChange(next)
  }, [panel])
}

/** Commits the search after a pause in typing; refining a search replaces the history entry. */
function SearchBox({
  value,
  onCommit,
}: {
  value: string
  onCommit: (q: string, replace: boolean) => void
}) {
  const [text, setText] = useState(value)
  const [shown, setShown] = useState(value)
  // When the URL changes the search (Back, a chip, "Clear all"), the box follows it.
  if (value !== shown) {
    setShown(value)
    setText(value)
  }
  const id = useId()
  // Text typed into the prerendered box before the app took the page over stays on screen through
  // hydration, but is not yet the box's own: it is taken as typed, so it searches instead of
  // vanishing at the next render.
  const box = useRef<HTMLInputElement>(null)
  const started = useRef(value)
  useEffect(() => {
    const typed = box.current?.value ?? started.current
    if (typed !== started.current) setText(typed)
  }, [])
  useEffect(() => {
    if (text === value) return
    const timer = setTimeout(() => onCommit(text, value.trim() !== '' && text.trim() !== ''), 250)
    return () => clearTimeout(timer)
  }, [text, value, onCommit])
  return (
    <div className="search">
      <label htmlFor={id}>Search</label>
      <input
        id={id}
        ref={box}
        type="search"
        value={text}
        placeholder="Quotes, paraphrases, speakers, actors"
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') onCommit(text, false)
        }}
      />
    </div>
  )
}

type Range = { from: string | null; to: string | null }

/**
 * The date range. A date counts once it is whole and within the event's days (picked, or the
 * year's last digit typed), or when the field is left; until then nothing changes, so typing a
 * year does not filter by year 2 along the way. A range that ends before it starts is not applied:
 * it is kept as typed, with a message, for the user to correct.
 */
function DateRange({
  from,
  to,
  bounds,
  onCommit,
}: Range & {
  bounds: { min: string; max: string }
  onCommit: (range: Range, replace: boolean) => void
}) {
  const [draft, setDraft] = useState({ from: from ?? '', to: to ?? '' })
  const [shown, setShown] = useState<Range>({ from, to })
  // When the URL changes the dates (Back, a chip, "Clear all"), the fields follow it.
  if (shown.from !== from || shown.to !== to) {
    setShown({ from, to })
    setDraft({ from: from ?? '', to: to ?? '' })
  }
  const errorId = useId()
  // A year still being typed (0002, 0020, 0202) is not yet a range worth a message.
  const typed = (value: string) => /^[1-9]\d{3}-/.test(value)
  const inverted = typed(draft.from) && typed(draft.to) && draft.from > draft.to
  const commit = (next: typeof draft) => {
    if (next.from && next.to && next.from > next.to) return
    const range = { from: next.from || null, to: next.to || null }
    if (range.from === from && range.to === to) return
    // Refining a range already set replaces the history entry instead of adding one.
    const wasSet = from !== null || to !== null
    onCommit(range, wasSet && (range.from !== null || range.to !== null))
  }
  const field = (key: 'from' | 'to', label: string) => (
    <label>
      {label}
      <input
        type="date"
        min={bounds.min}
        max={bounds.max}
        value={draft[key]}
        aria-invalid={inverted || undefined}
        aria-describedby={inverted ? errorId : undefined}
        onChange={(event) => {
          const next = { ...draft, [key]: event.target.value }
          setDraft(next)
          if (event.target.value >= bounds.min && event.target.value <= bounds.max) commit(next)
        }}
        onBlur={() => commit(draft)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit(draft)
        }}
      />
    </label>
  )
  return (
    <fieldset className="facet">
      <legend>Date of statement</legend>
      <div className="date-range">
        {field('from', 'From')}
        {field('to', 'To')}
      </div>
      {inverted && (
        <p id={errorId} className="date-range-error" role="alert">
          The range ends before it starts: choose a “To” date on or after the “From” date.
        </p>
      )}
    </fieldset>
  )
}
