import type { ChartId } from '../url-state/view-state'

/** A chart on the page, as a static image another page can show: for the Embed dialog. */
export type ChartImage = {
  /** The chart's title and what it shows, in words: the image's alt text. */
  alt: string
  /** The PNG's file name, as its download names it. */
  fileName: string
  /** Makes and downloads the PNG; resolves with what to tell the reader. */
  download: () => Promise<string>
}

// The charts register what they can hand out; the Embed dialog, in another feature, reads it.
// Only the charts on the page register, so there is one entry per chart at most.
const offered = new Map<ChartId, ChartImage>()

/** Offers a chart's image while it is on the page; returns the function that withdraws it. */
export function offerChartImage(chart: ChartId, image: ChartImage): () => void {
  offered.set(chart, image)
  return () => {
    if (offered.get(chart) === image) offered.delete(chart)
  }
}

/** The chart's image, or null while the chart is not on the page (not loaded yet, or an embed). */
export const chartImageOf = (chart: ChartId): ChartImage | null => offered.get(chart) ?? null
