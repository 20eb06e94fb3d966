import { Suspense, useEffect, useState, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { download } from '../../../lib/download'
import type { CiteContext } from '../../../lib/cite'
import type { ChartId } from '../../../lib/url-state/view-state'
import { offerChartImage } from '../../../lib/view/chart-images'
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
  chart: ChartId
  text: Omit<ChartText, 'filters'>
  legend?: readonly LegendItem[]
  exported: ChartExport
  /** Offered beside the downloads: the chart's citation. */
  children?: ReactNode
}

const reason = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/\.$/, '')

/** Download the chart as shown (filters, theme): a PNG at twice its size, or an SVG. */
export function ChartDownloads({ chart, text, legend, exported, children }: Props) {
  const [status, setStatus] = useState<{ message: string; failed: boolean } | null>(null)
  // The chart drawn again by its own component, in its SVG mode, off screen while a file is made.
  const [offscreen, setOffscreen] = useState<{ node: ReactNode; host: HTMLElement } | null>(null)
  const save = async (format: Format): Promise<string> => {
    const name = format.toUpperCase()
    const said = (message: string, failed: boolean) => {
      setStatus({ message, failed })
      return message
    }
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
      const file = await kit
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
          ? await kit.pngOf(file, scale)
          : new Blob([file.svg], { type: 'image/svg+xml' }),
      )
      return said(
        `Downloaded as ${name}, ${file.width * scale} × ${file.height * scale} pixels: ${text.title}.`,
        false,
      )
    } catch (error) {
      return said(
        `The ${name} could not be made (${reason(error)}).${format === 'png' ? ' The SVG download may still work.' : ''}`,
        true,
      )
    }
  }
  // The Embed dialog offers this chart as an image: its PNG, named as here, and its words as alt.
  const alt = `${text.title}. ${text.description}`
  const fileName = `${exported.fileName}.png`
  // Offered again after each render, so that `save` is always this render's, with its props.
  useEffect(() => offerChartImage(chart, { alt, fileName, download: () => save('png') }))
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
