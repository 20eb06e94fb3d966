import type { ReactNode } from 'react'

type Props = {
  id: string
  title: string
  subtitle: string
  description: string
  source: string
  legend?: ReactNode
  asTable: boolean
  onToggleTable: () => void
  /** The chart, or its table when `asTable`. */
  chart: ReactNode
  footnote?: string
}

/** One chart as a figure: title, the chart or its table, legend, a generated description, source. */
export function ChartFrame(props: Props) {
  const {
    id,
    title,
    subtitle,
    description,
    source,
    legend,
    asTable,
    onToggleTable,
    chart,
    footnote,
  } = props
  return (
    <figure
      className="chart"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-description`}
    >
      <figcaption className="chart-caption">
        <div>
          <h3 id={`${id}-title`}>{title}</h3>
          <p className="chart-subtitle">{subtitle}</p>
        </div>
        <button
          type="button"
          className="link-button"
          aria-pressed={asTable}
          onClick={onToggleTable}
        >
          {asTable ? 'Show as chart' : 'Show as table'}
        </button>
      </figcaption>
      {chart}
      {!asTable && legend}
      <p id={`${id}-description`} className="chart-description">
        {description}
      </p>
      {footnote && <p className="chart-footnote">{footnote}</p>}
      <p className="chart-source">{source}</p>
    </figure>
  )
}
