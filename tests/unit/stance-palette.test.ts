import { expect, test } from 'vitest'
import {
  ciede2000,
  contrastRatio,
  seenDifference,
  seenWith,
  visions,
} from '../../src/lib/design/colour-vision'
import { colours } from '../../src/lib/design/tokens'
import { stanceIds } from '../../src/lib/vocabulary'

/**
 * Two stances closer than this (CIEDE2000) are hard to tell apart in a strip's small cells. Any
 * two stances may sit side by side there, so every pair is checked, not only neighbours on the
 * scale.
 */
const apart = 15
/**
 * WCAG 2.1 asks 3:1 of a mark against what it is drawn on, and 4.5:1 of small text: the stance
 * badges write their words in the stance's colour, so the palette holds the stricter one.
 */
const text = 4.5
const themes = ['light', 'dark'] as const
const stanceColour = (stance: (typeof stanceIds)[number]) => colours[`stance-${stance}`]
const pairs = stanceIds.flatMap((one, at) =>
  stanceIds.slice(at + 1).map((other) => [one, other] as const),
)

test('CIEDE2000 gives the published differences (Sharma, Wu and Dalal 2005, pairs 1 and 17)', () => {
  expect(ciede2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4)
  expect(ciede2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4)
})

test('the simulations keep grey grey and fold red and green together for red–green vision', () => {
  const grey = seenWith('protanopia', '#808080')
  expect(grey[0]).toBeCloseTo(grey[1], 2)
  expect(grey[1]).toBeCloseTo(grey[2], 2)
  // Red and green, far apart to full vision, come close without the red or the green cones.
  expect(seenDifference('full', '#ff0000', '#808000')).toBeGreaterThan(40)
  expect(seenDifference('deuteranopia', '#ff0000', '#808000')).toBeLessThan(15)
  expect(seenDifference('protanopia', '#ff0000', '#808000')).toBeLessThan(15)
  // Blue and green stay apart for red–green vision and come close for blue–yellow vision.
  expect(seenDifference('tritanopia', '#0072b2', '#009e73')).toBeLessThan(
    seenDifference('deuteranopia', '#0072b2', '#009e73'),
  )
})

test.each(themes.flatMap((theme) => visions.map((vision) => [theme, vision] as const)))(
  'in the %s theme with %s, any two stances differ by at least the threshold',
  (theme, vision) => {
    for (const [one, other] of pairs) {
      const difference = seenDifference(
        vision,
        stanceColour(one)[theme],
        stanceColour(other)[theme],
      )
      expect(difference, `${one} and ${other}`).toBeGreaterThanOrEqual(apart)
    }
  },
)

test.each(themes)(
  'in the %s theme every stance holds 4.5:1 against the page and the panels',
  (theme) => {
    for (const stance of stanceIds)
      for (const ground of ['bg', 'surface'] as const)
        expect(
          contrastRatio(stanceColour(stance)[theme], colours[ground][theme]),
          `${stance} on ${ground}`,
        ).toBeGreaterThanOrEqual(text)
  },
)

test('the check would catch the palette this one replaced', () => {
  // The earlier ochre and orange: a step of hue alone, which red–green vision does not see.
  expect(seenDifference('deuteranopia', '#805a00', '#a14400')).toBeLessThan(apart)
})
