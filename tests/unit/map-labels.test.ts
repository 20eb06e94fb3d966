import { expect, test } from 'vitest'
import { loadWorld } from '../../src/features/charts/map/load-world'
import { spreadLabels } from '../../src/features/charts/map/map-labels'
import { projectMap } from '../../src/features/charts/map/map-layout'
import { southCaucasus } from '../../src/features/charts/map/map-region'
import type { Measure } from '../../src/features/charts/text-measure'

// The names the inset writes where those actors have statements (the article's event).
const names: Record<string, string> = {
  '051': 'Armenia',
  '031': 'Azerbaijan',
  '792': 'Türkiye',
  '643': 'Russia',
  '268': 'Georgia',
}
// Fonts differ from machine to machine: a narrow one, and one wider than the old guess of 6.2
// pixels a letter at 11 pixels (DejaVu Sans, Chromium's system-ui on Linux, sets Azerbaijan wider).
/** The names' type, as map.css sets `.map-label`. */
const labelFont = { size: 11 }
const measures: Record<string, Measure> = {
  narrow: (text, font) => text.length * font.size * 0.5,
  wide: (text, font) => text.length * font.size * 0.66,
}

/** Each name's box as drawn from where it is set and how it is anchored, by the given widths. */
function boxes(width: number, measure: Measure) {
  return loadWorld().then((countries) => {
    const inset = projectMap(countries, width, southCaucasus).inset
    if (!inset) throw new Error('no inset')
    const labels = inset.labels.flatMap((label) => {
      const text = names[label.code]
      return text ? [{ ...label, text }] : []
    })
    expect(labels.map((label) => label.text)).toEqual(
      expect.arrayContaining(['Armenia', 'Azerbaijan']),
    )
    return {
      inset,
      placed: spreadLabels(labels, inset.width, measure).map((label) => {
        const length = measure(label.text, labelFont)
        const shift = { start: 0, middle: -length / 2, end: -length }[label.anchor]
        return {
          text: label.text,
          left: label.x + shift,
          right: label.x + shift + length,
          top: label.y - labelFont.size,
          bottom: label.y + 3,
        }
      }),
    }
  })
}

// The inset's widths: a phone's chart, the dashboard's, a download's (744 × 0.55) and a print's.
for (const width of [326, 560, 744, 880])
  for (const [fontName, measure] of Object.entries(measures))
    test(`at ${width} pixels, in a ${fontName} font, every name lies inside the inset and none overlaps another`, async () => {
      const { inset, placed } = await boxes(width, measure)
      for (const label of placed) {
        expect(label.left, `${label.text} starts inside`).toBeGreaterThanOrEqual(0)
        expect(label.right, `${label.text} ends inside`).toBeLessThanOrEqual(inset.width)
        expect(label.bottom, `${label.text} above the inset's foot`).toBeLessThanOrEqual(
          inset.height,
        )
      }
      for (const [index, a] of placed.entries())
        for (const b of placed.slice(index + 1))
          expect(
            a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom,
            `${a.text} overlaps ${b.text}`,
          ).toBe(false)
    })
