import { Suspense, useState, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { download } from '../../../lib/download'
import type { CiteContext } from '../../../lib/cite'
import type { ChartText } from '../export/document'
import { createMeasure } from '../text-measure'
import { ChartLegend, type LegendItem, type SvgMode } from './marks'

/** What a chart needs to leave the page as an image. */
export type ChartExport = {
  fileName: string
  /** The active filters in words, or null when nothing is filtered. */
  filters: string | null
  /** The chart component in its SVG mode: the same drawing as on the page, at the file's width. */
  draw: (svg: SvgMode) => ReactNode
  /** What a citation of the chart names, or null where there is nothing to cite. */
  cite: (() => CiteContext) | null
}

type Format = 'png' | 'svg'

type Props = {
  text: Omit<ChartText, 'filters'>
  legend?: readonly LegendItem[]
  exported: ChartExport
  /** Offered beside the downloads: the chart's citation. */
  children?: ReactNode
}

const reason = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/\.$/, '')

/** Download the chart as shown (filters, theme): a PNG at twice its size, or an SVG. */
export function ChartDownloads({ text, legend, exported, children }: Props) {
  const [status, setStatus] = useState<{ message: string; failed: boolean } | null>(null)
  // The chart drawn again by its own component, in its SVG mode, off screen while a file is made.
  const [offscreen, setOffscreen] = useState<{ node: ReactNode; host: HTMLElement } | null>(null)
  const save = async (format: Format) => {
    const name = format.toUpperCase()
    setStatus({ message: `Preparing the ${name}…`, failed: false })
    try {
      const kit = await import('../export')
      const svg = { width: kit.drawingWidth, measure: createMeasure() }
      const host = text.empty ? null : kit.offscreenHost(svg.width)
      if (host)
        setOffscreen({
          host,
          node: (
            <>
              {exported.draw(svg)}
              {legend && <ChartLegend items={legend} svg={svg} />}
            </>
          ),
        })
      const chart = await kit
        // The address as the reader has it now: the view this file was taken from.
        .exportChart({ ...text, filters: exported.filters, address: window.location.href }, host)
        .finally(() => {
          setOffscreen(null)
          host?.remove()
        })
      const scale = format === 'png' ? 2 : 1
      download(
        `${exported.fileName}.${format}`,
        format === 'png'
          ? await kit.pngOf(chart, scale)
          : new Blob([chart.svg], { type: 'image/svg+xml' }),
      )
      setStatus({
        message: `Downloaded as ${name}, ${chart.width * scale} × ${chart.height * scale} pixels: ${text.title}.`,
        failed: false,
      })
    } catch (error) {
      setStatus({
        message: `The ${name} could not be made (${reason(error)}).${format === 'png' ? ' The SVG download may still work.' : ''}`,
        failed: true,
      })
    }
  }
  return (
    <div className="chart-downloads">
      <span aria-hidden="true">Download</span>
      {(['png', 'svg'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="link-button"
          onClick={() => void save(format)}
        >
          <span className="visually-hidden">Download</span> {format.toUpperCase()}{' '}
          <span className="visually-hidden">image of {text.title}</span>
        </button>
      ))}
      {children}
      <span
        role="status"
        className={status?.failed ? 'chart-download-status failed' : 'chart-download-status'}
      >
        {status?.message}
      </span>
      {/* Its own boundary: a part still loading in the copy never hides the charts on the page. */}
      {offscreen &&
        createPortal(<Suspense fallback={null}>{offscreen.node}</Suspense>, offscreen.host)}
    </div>
  )
}
