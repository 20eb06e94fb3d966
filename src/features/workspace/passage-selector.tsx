import { useRef, useState } from 'react'
import { nestedQuotation } from '../../lib/nested-quotation'
import type { SourceVersion } from '../../lib/workspace/records'
import { selectionOffsets } from './selection-offsets'
import { LabelledInput } from '../../components/labelled-input'

const edgeNames = [
  ['start', 'Start'],
  ['end', 'End'],
] as const

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
  const textRef = useRef<HTMLDivElement>(null)
  // The fields hold what is typed (an empty field included); the range follows when both parse.
  const [edges, setEdges] = useState({
    start: selected ? String(selected.start) : '',
    end: selected ? String(selected.end) : '',
  })
  const readSelection = () => {
    if (!textRef.current) return
    const range = selectionOffsets(textRef.current, window.getSelection())
    if (!range) return
    setEdges({ start: String(range.start), end: String(range.end) })
    onSelect(range)
  }
  const setEdge = (edge: 'start' | 'end', value: string) => {
    const next = { ...edges, [edge]: value }
    setEdges(next)
    const start = Number.parseInt(next.start, 10)
    const end = Number.parseInt(next.end, 10)
    const within = (n: number) => Math.max(0, Math.min(source.text.length, n))
    onSelect(
      Number.isFinite(start) && Number.isFinite(end)
        ? { start: within(start), end: within(end) }
        : null,
    )
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
        {edgeNames.map(([edge, label]) => (
          <LabelledInput
            key={edge}
            label={label}
            type="number"
            min={0}
            max={source.text.length}
            value={edges[edge]}
            onChange={(event) => setEdge(edge, event.target.value)}
          />
        ))}
      </fieldset>
      <p aria-live="polite" className="workspace-selected">
        {selected && selected.end > selected.start
          ? `Selected (${selected.start}–${selected.end}): “${nestedQuotation(source.text.slice(selected.start, selected.end))}”`
          : 'Nothing selected yet: select words in the text, or give a start and an end.'}
      </p>
    </div>
  )
}
