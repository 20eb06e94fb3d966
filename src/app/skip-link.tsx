/**
 * Moves the focus to the results (or to the page's main content where there are none) and
 * scrolls them into view. It moves the focus itself, so no `#…` is written into the address that
 * "Copy link" and citations copy.
 */
export function focusResults() {
  const target = document.getElementById('results-heading') ?? document.getElementById('main')
  target?.scrollIntoView({ block: 'start' })
  target?.focus()
}

/** Skips past the header and the filters to the results. */
export function SkipLink() {
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(event) => {
        event.preventDefault()
        focusResults()
      }}
    >
      Skip to results
    </a>
  )
}
