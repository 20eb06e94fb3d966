import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { JSDOM } from 'jsdom'
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { appBrowser, drawCharts, screenshotDir, viewports } from './browser'
import { covered, identified, inkOf, missingReaders, readers } from './svg-readers'

// Each chart's SVG download, opened by other readers than the browser that made it: rsvg-convert
// (librsvg: GNOME, Inkscape's import, many converters) and ImageMagick's convert. Each must see
// the file's own size and draw what Chromium draws: the labels, the legend and the source line.

const { open } = appBrowser()
const source = 'Source: Daily Sabah via Azerbaijan in Focus, 20 September 2023.'
const filters = 'Stance: Condemns the operation or Urges Azerbaijan to halt'

/** Each chart, and words of its labels and legend that its file must hold as text. */
const charts = [
  {
    id: 'distribution',
    title: 'How many take each stance',
    words: ['Supports the operation', 'Condemns the operation', 'Actors (filled bars)', '4'],
  },
  {
    id: 'spectrum',
    title: 'Where each actor stands',
    words: ['Urges Azerbaijan to halt', 'US', 'Armenia'],
  },
  {
    id: 'timeline',
    title: 'Statements over time',
    words: ['19 Sept', 'Germany', '1. Azerbaijan’s military operation begins', 'No day given'],
  },
  {
    id: 'matrix',
    title: 'Who took which position',
    words: ['Condemnation', 'Backs a party', 'France', 'Took the position'],
  },
  { id: 'agreement', title: 'How far each pair agrees', words: ['Germany', 'EU', '100%', '50%'] },
  {
    id: 'map',
    title: 'Where each country stands',
    words: ['South Caucasus', 'Not on the map', 'No statement'],
  },
] as const

/** The file drawn by the browser at its own size, as a PNG. */
async function drawnByChromium(page: Page, svg: string, width: number, height: number) {
  const data = await page.evaluate(
    async ({ svg, width, height }) => {
      const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
      const image = new Image(width, height)
      image.src = url
      await image.decode()
      const canvas = document.createElement('canvas')
      canvas.width = width
      canvas.height = height
      canvas.getContext('2d')?.drawImage(image, 0, 0, width, height)
      URL.revokeObjectURL(url)
      return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '')
    },
    { svg, width, height },
  )
  return Buffer.from(data, 'base64')
}

test('every chart’s SVG opens in rsvg-convert and ImageMagick at its size, drawn as Chromium draws it', async () => {
  expect(missingReaders()).toEqual([])
  const { page, context, errors } = await open('/?stance=condemns,urges-halt', {
    acceptDownloads: true,
    viewport: viewports.desktop,
    colorScheme: 'light',
  })
  await drawCharts(page)
  const folder = join(screenshotDir, 'chart-files')
  mkdirSync(folder, { recursive: true })
  const sizes: string[] = []
  for (const chart of charts) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Download SVG image of ${chart.title}` }).click(),
    ])
    const file = join(folder, `${chart.id}.svg`)
    copyFileSync(await download.path(), file)
    const svg = readFileSync(file, 'utf8')
    const root = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document.documentElement
    const width = Number(root.getAttribute('width'))
    const height = Number(root.getAttribute('height'))
    sizes.push(`${chart.id}: ${svg.length} bytes, ${width} × ${height}`)

    // Plain SVG: one <svg>, its size said three ways, nothing of recharts' own props.
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`)
    expect(root.querySelectorAll('svg')).toHaveLength(0)
    expect(svg).not.toMatch(/ (angle|orientation|radius|name)="/)
    expect(root.getAttribute('font-family')).toBe('sans-serif')
    expect(identified(file)).toEqual({ width, height })
    // Its title, its description with the filters, and its words as text a reader can find.
    expect(root.querySelector('title')?.textContent).toBe(chart.title)
    expect(root.querySelector('desc')?.textContent).toContain(`Filtered: ${filters}.`)
    const texts = [...root.querySelectorAll('text')].map((text) => text.textContent)
    expect(texts).toEqual(expect.arrayContaining([chart.title, `Filtered: ${filters}.`]))
    expect(texts).toEqual(expect.arrayContaining([...chart.words]))
    expect(texts.at(-1)).toMatch(new RegExp(`^${source}`))

    // Drawn by each reader: the file's size, and ink where Chromium puts it.
    const background = root.querySelector('rect')?.getAttribute('fill') ?? '#ffffff'
    const chromium = join(folder, `${chart.id}.chromium.png`)
    writeFileSync(chromium, await drawnByChromium(page, svg, width, height))
    const reference = inkOf(chromium, background)
    expect(reference.pixelsInked).toBeGreaterThan(width * height * 0.02)
    for (const [name, convert] of Object.entries(readers)) {
      const png = join(folder, `${chart.id}.${name}.png`)
      convert(file, png)
      const drawn = inkOf(png, background)
      expect({ chart: chart.id, name, width: drawn.width, height: drawn.height }).toEqual({
        chart: chart.id,
        name,
        width,
        height,
      })
      expect(drawn.pixelsInked).toBeGreaterThan(width * height * 0.02)
      // Fonts differ from reader to reader, so a line of text ends a square or two apart; a label,
      // legend or line left out, or drawn elsewhere, leaves a whole row of squares apart.
      const same = {
        chart: chart.id,
        name,
        chromiumsInk: covered(reference.squares, drawn.squares) > 0.8,
        ownInk: covered(drawn.squares, reference.squares) > 0.8,
      }
      expect(same).toEqual({ chart: chart.id, name, chromiumsInk: true, ownInk: true })
    }
  }
  console.info(sizes.join('\n'))
  expect(errors).toEqual([])
  await context.close()
})

test('a chart’s PNG, light and dark, says its filters and source under the drawing and carries its words as text chunks', async () => {
  const folder = join(screenshotDir, 'chart-files')
  mkdirSync(folder, { recursive: true })
  for (const colorScheme of ['light', 'dark'] as const) {
    const { page, context, errors } = await open('/?stance=condemns,urges-halt', {
      acceptDownloads: true,
      viewport: viewports.desktop,
      colorScheme,
    })
    await drawCharts(page)
    await page.locator('figure.chart .map-svg').waitFor()
    for (const chart of charts.filter(({ id }) => id === 'distribution' || id === 'map')) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: `Download PNG image of ${chart.title}` }).click(),
      ])
      const file = join(folder, `${chart.id}-${colorScheme}.png`)
      copyFileSync(await download.path(), file)
      // ImageMagick reads the PNG's text chunks as the image's properties.
      const [title, description] = execFileSync(
        'identify',
        ['-format', '%[Title]\n%[Description]\n', file],
        { encoding: 'utf8' },
      ).split('\n')
      expect(title).toBe(chart.title)
      expect(description).toContain(`Filtered: ${filters}.`)
      expect(description).toContain(source)
      expect(description).toContain('View: http://localhost')
    }
    expect(errors).toEqual([])
    await context.close()
  }
})
