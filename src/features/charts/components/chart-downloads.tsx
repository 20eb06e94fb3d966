import { useState } from 'react'
import { download } from '../../../lib/download'
import type { ChartText, DrawChart } from '../export/document'

export type ExportKit = typeof import('../export')

/** What a chart needs to leave the page as an image. */
export type ChartExport = {
  fileName: string
  /** The active filters in words, or null when nothing is filtered. */
  filters: string | null
  /** Why there is nothing to draw, or null when there is something. */
  empty: string | null
  /** The drawing, from the export code; asynchronous where it first gathers images. */
  draw: (kit: ExportKit) => DrawChart | Promise<DrawChart>
}

type Format = 'png' | 'svg'

type Props = {
  text: Omit<ChartText, 'filters' | 'empty'>
  exported: ChartExport
}

const reason = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/\.$/, '')

/** Download the chart as shown (filters, theme): a PNG at twice its size, or an SVG. */
export function ChartDownloads({ text, exported }: Props) {
  const [status, setStatus] = useState<{ message: string; failed: boolean } | null>(null)
  const save = async (format: Format) => {
    const name = format.toUpperCase()
    setStatus({ message: `Preparing the ${name}…`, failed: false })
    try {
      const kit = await import('../export')
      const chart = kit.chartDocument(
        { ...text, filters: exported.filters, empty: exported.empty },
        await exported.draw(kit),
        { theme: kit.shownTheme(), measure: kit.createMeasure() },
      )
      const scale = format === 'png' ? 2 : 1
      download(
        `${exported.fileName}.${format}`,
        format === 'png'
          ? await kit.pngOf(chart, scale)
          : new Blob([chart.svg], { type: 'image/svg+xml' }),
      )
      setStatus({
        message: `Downloaded “${text.title}” as ${name}, ${chart.width * scale} × ${chart.height * scale} pixels.`,
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
      <span
        role="status"
        className={status?.failed ? 'chart-download-status failed' : 'chart-download-status'}
      >
        {status?.message}
      </span>
    </div>
  )
}
