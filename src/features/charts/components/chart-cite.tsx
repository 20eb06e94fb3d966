import { lazy, Suspense, useRef, useState } from 'react'
import type { Citations, CiteContext } from '../../../lib/cite'
import type { ChartId } from '../../../lib/url-state/view-state'
import { useSharedView } from '../../../lib/view/shared-view'

// The citation code and the dialog load with the first Cite, not with the charts.
const loadCite = () => import('../../../lib/cite')
const CiteDialog = lazy(() =>
  import('../../../components/cite-dialog').then((module) => ({ default: module.CiteDialog })),
)

type Props = {
  chart: ChartId
  title: string
  /** The active filters in words, or null when nothing is filtered. */
  filters: string | null
  /** What the citation names, read at the moment of citing (the address and the day). */
  context: () => CiteContext
}

/**
 * "Cite this chart": the chart with its filters in words, at the view's address in the dataset
 * version shown, and the article it draws on, in the styles and files the view's Cite gives.
 */
export function ChartCite({ chart, title, filters, context }: Props) {
  const [citations, setCitations] = useState<Citations | null>(null)
  const [wanted, setWanted] = useState(false)
  const opener = useRef<HTMLButtonElement>(null)
  const { event } = useSharedView()
  return (
    <>
      <button
        ref={opener}
        type="button"
        className="link-button"
        onClick={() => {
          setWanted(true)
          void loadCite().then(({ citeChart }) =>
            setCitations(citeChart(context(), { id: chart, title, filters })),
          )
        }}
      >
        Cite this chart<span className="visually-hidden">: {title}</span>
      </button>
      {wanted && (
        <Suspense fallback={null}>
          <CiteDialog
            title={title}
            event={event}
            citations={citations}
            onClose={() => setCitations(null)}
            returnFocus={() => opener.current?.focus()}
          />
        </Suspense>
      )}
    </>
  )
}
