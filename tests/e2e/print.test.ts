import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { actorsShown, appBrowser, screenshotDir } from './browser'

const { open } = appBrowser()

// A4 is 210 mm wide; with 12 mm margins the printed page is 186 mm, about 703 CSS pixels.
const margin = '12mm'
const printWidth = Math.floor(((210 - 24) / 25.4) * 96)

async function printedDashboard(path = '/?stance=condemns,urges-halt') {
  const { page, context, errors } = await open(path, {
    viewport: { width: printWidth, height: 1000 },
  })
  await actorsShown(page)
  await page.getByRole('heading', { name: 'How far each pair agrees' }).waitFor()
  // No chart has been near the view yet: printing draws them all.
  expect(await page.locator('figure.chart .chart-pending').count()).toBeGreaterThan(0)
  await page.emulateMedia({ media: 'print' })
  await page.waitForFunction(() => document.querySelector('figure.chart .chart-pending') === null)
  // The map's boundaries load on first drawing: a reader printing waits for the map, as here.
  await page.locator('figure.chart .map-svg').waitFor()
  return { page, context, errors }
}

type Box = { x: number; y: number; width: number; height: number }
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width - 1 &&
  b.x < a.x + a.width - 1 &&
  a.y < b.y + b.height - 1 &&
  b.y < a.y + a.height - 1

/**
 * Writes the PDF and, where poppler's pdftoppm is installed, one PNG per page to look at. Returns
 * the PDF's number of pages, read from its page objects.
 */
async function savePdfPages(page: Page, name: string, format: 'A4' | 'Letter' = 'A4') {
  const dir = join(screenshotDir, name)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const pdf = await page.pdf({
    format,
    margin: { top: margin, bottom: margin, left: margin, right: margin },
    printBackground: true,
  })
  writeFileSync(join(dir, `${name}.pdf`), pdf)
  if (existsSync('/usr/bin/pdftoppm'))
    execFileSync('/usr/bin/pdftoppm', [
      '-png',
      '-r',
      '60',
      join(dir, `${name}.pdf`),
      join(dir, 'page'),
    ])
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0
}

/** Words as one line: a PDF's text breaks lines, and a long address, where the page did. */
const squeezed = (text: string) => text.replace(/\s+/g, '')

/** Each printed page's text, read from the PDF by poppler's pdftotext, squeezed of white space. */
function pageTexts(name: string, pages: number) {
  const file = join(screenshotDir, name, `${name}.pdf`)
  return Array.from({ length: pages }, (_, index) =>
    squeezed(
      execFileSync('/usr/bin/pdftotext', ['-f', `${index + 1}`, '-l', `${index + 1}`, file, '-'], {
        encoding: 'utf8',
      }),
    ),
  )
}

test('the printed dashboard is written to a PDF, one PNG per page to look at', async () => {
  const views = [
    { name: 'print-dashboard', path: '/' },
    { name: 'print-dashboard-filtered', path: '/?stance=condemns,urges-halt' },
  ]
  for (const { name, path } of views) {
    const { page, context } = await printedDashboard(path)
    expect(await savePdfPages(page, name)).toBeGreaterThan(1)
    await context.close()
  }
})

test('the printed dashboard shows no form controls, and no buttons but the charts’ own marks', async () => {
  const { page, context } = await printedDashboard()
  const controls = await page
    .locator('button, input, select, textarea, summary, [role="button"]')
    .evaluateAll((elements) =>
      elements
        .filter((element) => element.checkVisibility() && !element.closest('figure'))
        // A filter chip prints as a plain label: no frame, no fill, no ×.
        .filter((element) => {
          const style = getComputedStyle(element)
          const text = element instanceof HTMLElement ? element.innerText : ''
          return (
            !(element instanceof HTMLButtonElement) ||
            style.borderTopStyle !== 'none' ||
            style.backgroundColor !== 'rgba(0, 0, 0, 0)' ||
            text.includes('×')
          )
        })
        .map((element) => element.textContent.trim() || element.outerHTML.slice(0, 80)),
    )
  expect(controls).toEqual([])
  await context.close()
})

test('printed charts do not overlap, and nothing spills out of its chart', async () => {
  const { page, context } = await printedDashboard('/')
  const figures = page.locator('figure.chart')
  expect(await figures.count()).toBe(6)
  const boxes = await figures.evaluateAll((elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect()
      const title = element.querySelector('h3')?.textContent ?? ''
      // Every part drawn inside the figure must lie inside its box.
      const spilling = [...element.querySelectorAll('*')]
        .filter((child) => {
          const inner = child.getBoundingClientRect()
          if (inner.width === 0 || inner.height === 0) return false
          return inner.left < box.left - 1 || inner.right > box.right + 1
        })
        .map((child) => child.textContent.trim().slice(0, 40) || child.tagName)
      return { title, spilling, box: { x: box.x, y: box.y, width: box.width, height: box.height } }
    }),
  )
  for (const figure of boxes) expect(figure.spilling, figure.title).toEqual([])
  for (const [index, a] of boxes.entries())
    for (const b of boxes.slice(index + 1))
      expect(overlaps(a.box, b.box), `${a.title} overlaps ${b.title}`).toBe(false)
  await context.close()
})

test('a printed heading stays with what follows it', async () => {
  const { page, context } = await printedDashboard()
  const loose = await page.locator('h2, h3').evaluateAll((headings) =>
    headings
      .filter((heading) => heading.checkVisibility())
      .filter((heading) => getComputedStyle(heading).breakAfter !== 'avoid')
      .map((heading) => heading.textContent),
  )
  expect(loose).toEqual([])
  await context.close()
})

test('every printed page names the view’s address and the day; no chart or strip panel is split, and two charts share a page where they fit', async () => {
  expect(existsSync('/usr/bin/pdftotext'), 'poppler-utils gives pdftotext to read the PDF').toBe(
    true,
  )
  for (const format of ['A4', 'Letter'] as const) {
    const name = `print-pages-${format.toLowerCase()}`
    const { page, context } = await printedDashboard('/?stance=condemns,urges-halt')
    const address = page.url()
    const day = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(new Date())
    // Each panel printed whole: its title and the end of its description on one page.
    const panels = await page
      .locator('figure.chart, figure.stance-over-time')
      .evaluateAll((figures) =>
        figures.map((figure) => ({
          title:
            (figure.querySelector('h3') ?? figure.querySelector('figcaption'))?.textContent ?? '',
          // A chart ends with its description; the strips, with the last actor's row.
          end: figure.classList.contains('chart')
            ? (figure.querySelector('.chart-description')?.textContent ?? '')
            : ([...figure.querySelectorAll('.stance-single > li, .stance-grid-row')].at(-1)
                ?.textContent ?? ''),
        })),
      )
    expect(panels.length).toBe(7)
    const pages = await savePdfPages(page, name, format)
    const texts = pageTexts(name, pages)
    for (const [index, text] of texts.entries()) {
      expect(text, `page ${index + 1} of ${format}`).toContain(
        squeezed(`Printed ${day} from ${address}`),
      )
      // Never a page with nothing but the running head and the closing line.
      const rest = text.replace(squeezed(`Printed ${day} from ${address}`), '')
      expect(
        rest.replace(/Everyquotation.*codebook\./, '').length,
        `page ${index + 1}`,
      ).toBeGreaterThan(40)
    }
    const pageOf = (words: string) => texts.findIndex((text) => text.includes(squeezed(words)))
    const chartPages: number[] = []
    for (const panel of panels) {
      const start = pageOf(panel.title.slice(0, 60))
      expect(start, `${panel.title} is printed`).toBeGreaterThanOrEqual(0)
      expect(panel.end, `${panel.title} has an end to find`).not.toBe('')
      expect(
        pageOf(panel.end.slice(-60)),
        `${panel.title.slice(0, 40)} on one ${format} page`,
      ).toBe(start)
      chartPages.push(start)
    }
    // Six charts on fewer than six pages: some share a page.
    expect(new Set(chartPages.slice(1)).size, format).toBeLessThan(6)
    await context.close()
  }
})
