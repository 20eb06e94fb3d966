import type { MouseEvent } from 'react'

/**
 * Skips past the header and the filters to the results (or to the page's main content where there
 * are none). It moves the focus itself, so `#…` is never written into the address that "Copy link"
 * and citations copy.
 */
export function SkipLink() {
  const skip = (event: MouseEvent) => {
    event.preventDefault()
    const target = document.getElementById('results-heading') ?? document.getElementById('main')
    target?.focus()
    target?.scrollIntoView({ block: 'start' })
  }
  return (
    <a className="skip-link" href="#main" onClick={skip}>
      Skip to results
    </a>
  )
}
