import { useId, useRef } from 'react'
import type { SourceVersion } from '../../lib/workspace/records'
import { selectionOffsets } from './selection-offsets'

export type Range = { start: number; end: number }

/**
 * The source's text, where selecting words (with a pointer, or with Shift and the arrow keys after
 * focusing it) picks a range; the start and end fields do the same for anyone who cannot select.
 */
export function PassageSelector({
  source,
  selected,
  onSelect,
}: {
  source: SourceVersion
  selected: Range | null
  onSelect: (range: Range | null) => void
}) {
  const id = useId()
  const textRef = useRef<HTMLDivElement>(null)
  const readSelection = () => {
    if (!textRef.current) return
    const range = selectionOffsets(textRef.current, window.getSelection())
    if (range) onSelect(range)
  }
  const setEdge = (edge: 'start' | 'end', value: string) => {
    const number = Number.parseInt(value, 10)
    if (!Number.isFinite(number)) return
    const clamped = Math.max(0, Math.min(source.text.length, number))
    const next = { start: selected?.start ?? 0, end: selected?.end ?? 0, [edge]: clamped }
    onSelect(next)
  }
  return (
    <div className="workspace-passage-selector">
      <div
        ref={textRef}
        className="workspace-source-text"
        // A read-only text box: focusable, so the keyboard can move through it and select with Shift.
        tabIndex={0}
        role="textbox"
        aria-readonly="true"
        aria-multiline="true"
        aria-label={`Text of ${source.title}, version ${source.version}`}
        onMouseUp={readSelection}
        onKeyUp={readSelection}
      >
        {source.text}
      </div>
      <fieldset className="workspace-select-passage">
        <legend>Select passage by position</legend>
        <label htmlFor={`${id}-start`}>Start</label>
        <input
          id={`${id}-start`}
          type="number"
          min={0}
          max={source.text.length}
          value={selected?.start ?? ''}
          onChange={(event) => setEdge('start', event.target.value)}
        />
        <label htmlFor={`${id}-end`}>End</label>
        <input
          id={`${id}-end`}
          type="number"
          min={0}
          max={source.text.length}
          value={selected?.end ?? ''}
          onChange={(event) => setEdge('end', event.target.value)}
        />
      </fieldset>
      <p aria-live="polite" className="workspace-selected">
        {selected && selected.end > selected.start
          ? `Selected (${selected.start}–${selected.end}): “${source.text.slice(selected.start, selected.end)}”`
          : 'Nothing selected yet: select words in the text, or give a start and an end.'}
      </p>
    </div>
  )
}
