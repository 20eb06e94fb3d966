import type { ReactNode } from 'react'
import { YoursMark } from '../../../components/yours-mark'
import { toggleTable, type ChartId } from '../../../lib/url-state/view-state'
import { useSharedView } from '../../../lib/view/shared-view'
import { chartTitles } from '../titles'
import { ChartCite } from './chart-cite'
import { ChartDownloads, type ChartExport } from './chart-downloads'
import { ChartLegend, type LegendItem } from './marks'
import { useDrawnWhenNear } from './use-drawn-when-near'

/** What a chart's frame says around the drawing, on the page and in a download. */
export type ChartWords = {
  subtitle: string
  /** How to use the chart on the page; left out of embeds and exported images. */
  hint?: string | undefined
  description: string
  source: string
  legend?: readonly LegendItem[] | undefined
  /** Why there is nothing to draw, said in place of the chart (and in its download), or null. */
  empty: string | null
  footnote?: string | undefined
  /**
   * How the chart aggregates at scale ("Aggregated: …"), or null when it draws every item: said
   * under the title, first in the description, and in a download's footnote.
   */
  note?: string | null | undefined
  /**
   * The analyst's own actors among those the chart shows, and why they are marked, or null:
   * said under the chart with the Yours mark, and in a download's footnote.
   */
  yours?: string | null | undefined
}

type Props = {
  /** Which chart: its title, and whether the view shows it as a table. */
  chart: ChartId
  words: ChartWords
  /** The chart, or its table when the view shows it as one. */
  drawing: ReactNode
  /** Choices that change what the chart shows (which actors), above it; not in a download. */
  controls?: ReactNode
  /** Offers PNG and SVG downloads when given. */
  exported?: ChartExport | undefined
  /** Draws the chart at once rather than when it nears the view (an embed of this one chart). */
  drawAtOnce?: boolean
}

/** One chart as a figure: title, the chart or its table, legend, a generated description, source. */
export function ChartFrame({
  chart,
  words,
  drawing,
  controls,
  exported,
  drawAtOnce = false,
}: Props) {
  const { subtitle, hint, description, source, legend, empty, footnote, note, yours } = words
  const { view, setView } = useSharedView()
  const asTable = view.tables.includes(chart)
  const id = `chart-${chart}`
  const title = chartTitles[chart]
  const [figureRef, near] = useDrawnWhenNear<HTMLElement>(drawAtOnce)
  const said = note ? `${note} ${description}` : description
  const footnotes =
    [note, footnote, yours && `Yours: ${yours}`].filter(Boolean).join(' ') || undefined
  return (
    <figure
      ref={figureRef}
      className="chart"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-description`}
    >
      <figcaption className="chart-caption">
        <div>
          {/* A link can land here (the skip link to the map): it takes the focus, Tab passes it. */}
          <h3 id={`${id}-title`} tabIndex={-1}>
            {title}
          </h3>
          <p className="chart-subtitle">
            {subtitle}
            {hint && <span className="chart-hint"> {hint}</span>}
          </p>
          {note && <p className="chart-note">{note}</p>}
        </div>
        <button
          type="button"
          className="link-button"
          aria-pressed={asTable}
          onClick={() => setView(toggleTable(view, chart))}
        >
          {asTable ? 'Show as chart' : 'Show as table'}
        </button>
      </figcaption>
      {controls}
      {empty && !asTable ? (
        <p className="chart-empty">{empty}</p>
      ) : (
        <>
          {/* A table is light and is read in place: only a drawing waits to be near. */}
          {asTable || near ? drawing : <div className="chart-pending" aria-hidden="true" />}
          {!asTable && legend && <ChartLegend items={legend} />}
        </>
      )}
      <p id={`${id}-description`} className="chart-description">
        {said}
      </p>
      {footnote && <p className="chart-footnote">{footnote}</p>}
      {yours && (
        <p className="chart-footnote">
          <YoursMark /> {yours}
        </p>
      )}
      <p className="chart-source">{source}</p>
      {exported && (
        <ChartDownloads
          chart={chart}
          text={{ title, subtitle, description: said, footnote: footnotes, source, empty }}
          legend={legend}
          exported={exported}
        >
          {exported.cite && (
            <ChartCite
              chart={chart}
              title={title}
              filters={exported.filters}
              context={exported.cite}
            />
          )}
        </ChartDownloads>
      )}
    </figure>
  )
}
