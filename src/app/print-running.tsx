import { useEffect, useState } from 'react'

type Printed = { address: string; day: string }

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})

/** The address and day as they are now: read when the page is printed, not when it was opened. */
const printedNow = (): Printed => ({
  address: window.location.href,
  day: dayFormat.format(new Date()),
})

/**
 * The day of printing and the view's address, repeated at the top of every printed page, so that
 * a loose sheet still says which view it shows and when. Chromium prints no CSS page margin
 * boxes; it does repeat a table's header group on every page, which this is in print
 * (layout.css). Hidden on screen.
 */
export function PrintRunningHead() {
  // Empty in the prerendered page: the address and day are those of the reader's print.
  const [printed, setPrinted] = useState<Printed | null>(null)
  useEffect(() => {
    const update = () => setPrinted(printedNow())
    update()
    // Print preview, and a test's print emulation, switch the media query before laying out;
    // jsdom has no media queries.
    const print = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null
    print?.addEventListener('change', update)
    window.addEventListener('beforeprint', update)
    return () => {
      print?.removeEventListener('change', update)
      window.removeEventListener('beforeprint', update)
    }
  }, [])
  return (
    <div className="print-running-head" aria-hidden="true">
      <div>{printed && `Printed ${printed.day} from ${printed.address}`}</div>
    </div>
  )
}
