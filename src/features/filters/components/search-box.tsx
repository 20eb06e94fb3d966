import { useEffect, useId, useRef, useState } from 'react'

/** Commits the search after a pause in typing; refining a search replaces the history entry. */
export function SearchBox({
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
