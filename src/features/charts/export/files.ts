import type { ChartDocument } from './document'
import { withPngText } from './png-text'

/**
 * Draws the SVG onto a canvas `scale` times its size and returns it as a PNG, carrying the chart's
 * title and description (filters, source, view) as text that image viewers show.
 */
export async function pngOf(chart: ChartDocument, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([chart.svg], { type: 'image/svg+xml' }))
  try {
    const image = new Image(chart.width, chart.height)
    image.src = url
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = chart.width * scale
    canvas.height = chart.height * scale
    const context = canvas.getContext('2d')
    if (!context) throw new Error('this browser gives no canvas to draw on')
    context.scale(scale, scale)
    context.drawImage(image, 0, 0, chart.width, chart.height)
    const drawn = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no image'))),
        'image/png',
      ),
    )
    const bytes = withPngText(new Uint8Array(await drawn.arrayBuffer()), {
      Title: chart.about.title,
      Description: chart.about.description,
    })
    return new Blob([bytes], { type: 'image/png' })
  } finally {
    URL.revokeObjectURL(url)
  }
}

/** Reads images into data URLs, so a standalone SVG carries them; one that fails is left out. */
export async function inlineImages(sources: ReadonlyMap<string, string>) {
  const entries = await Promise.all(
    [...sources].map(async ([key, source]) => {
      try {
        const response = await fetch(source)
        if (!response.ok) return null
        const blob = await response.blob()
        const data = await new Promise<string>((resolve, reject) => {
          const reader = new FileReader()
          reader.onload = () =>
            typeof reader.result === 'string'
              ? resolve(reader.result)
              : reject(new Error('unreadable'))
          reader.onerror = () => reject(reader.error ?? new Error('unreadable'))
          reader.readAsDataURL(blob)
        })
        return [key, data] as const
      } catch {
        return null
      }
    }),
  )
  return new Map(entries.filter((entry) => entry !== null))
}
