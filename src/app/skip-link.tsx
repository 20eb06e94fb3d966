import { useView } from './view-context'

/**
 * Moves the focus to the results (or to the page's main content where there are none) and
 * scrolls them into view. It moves the focus itself, so no `#…` is written into the address that
 * "Copy link" and citations copy.
 */
export function focusResults() {
  moveFocusTo(document.getElementById('results-heading') ?? document.getElementById('main'))
}

function moveFocusTo(target: HTMLElement | null) {
  target?.scrollIntoView({ block: 'start' })
  target?.focus()
}

type Skip = {
  label: string
  /**
   * A heading the prerendered page has, so the link works before the page's code runs, when
   * the browser follows it and focuses the heading (each has tabindex="-1").
   */
  href: `#${string}`
  /** Where the focus goes once the page's code runs: the nearest of these that is in the page. */
  targets: readonly string[]
}

const byId = (id: string) => `#${id}`

/**
 * The dashboard's skip links. The results land on the first card, not their heading: the feed's
 * own focus stop, from which Page Down moves on and Tab reaches the card's controls, past the
 * downloads and the layout switch above the cards. The charts and the map are drawn once the page
 * is idle, so before that the map's link goes to the charts' heading.
 */
const dashboardSkips: readonly Skip[] = [
  { label: 'Skip to filters', href: '#filters-heading', targets: [byId('filters-heading')] },
  {
    label: 'Skip to results',
    href: '#results-heading',
    // The first card, wherever a long feed has scrolled; until it is drawn, the heading.
    targets: ['.results article[aria-posinset="1"]', byId('results-heading')],
  },
  { label: 'Skip to charts', href: '#charts-heading', targets: [byId('charts-heading')] },
  {
    label: 'Skip to the map',
    href: '#charts-heading',
    targets: [byId('chart-map-title'), byId('charts-heading')],
  },
]

const mainSkip: readonly Skip[] = [
  { label: 'Skip to main content', href: '#main', targets: [byId('main')] },
]

/** Links past the header to each part of the page, the first things Tab reaches. */
export function SkipLinks() {
  const { view } = useView()
  const skips = view.view === 'dashboard' ? dashboardSkips : mainSkip
  return (
    <div className="skip-links">
      {skips.map((skip) => (
        <a
          key={skip.label}
          className="skip-link"
          href={skip.href}
          onClick={(event) => {
            event.preventDefault()
            const target = skip.targets
              .map((selector) => document.querySelector<HTMLElement>(selector))
              .find((found) => found !== null)
            moveFocusTo(target ?? document.getElementById('main'))
          }}
        >
          {skip.label}
        </a>
      ))}
    </div>
  )
}
