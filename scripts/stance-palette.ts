// Prints how far apart the stance colours look (CIEDE2000) with full colour vision and under
// simulated protanopia, deuteranopia and tritanopia, and their contrast with the page and the
// panels: `npx tsx scripts/stance-palette.ts`. tests/unit/stance-palette.test.ts holds the limits.
import { contrastRatio, seenDifference, visions } from '../src/lib/design/colour-vision.ts'
import { colours } from '../src/lib/design/tokens.ts'
import { stanceIds } from '../src/lib/vocabulary.ts'

for (const theme of ['light', 'dark'] as const) {
  const colour = (stance: (typeof stanceIds)[number]) => colours[`stance-${stance}`][theme]
  console.log(`\n${theme} theme: the smallest difference of any two stances`)
  for (const vision of visions) {
    const differences = stanceIds.flatMap((one, at) =>
      stanceIds.slice(at + 1).map((other) => ({
        pair: `${one}/${other}`,
        by: seenDifference(vision, colour(one), colour(other)),
      })),
    )
    const least = differences.reduce((low, next) => (next.by < low.by ? next : low))
    console.log(`  ${vision.padEnd(13)} ${least.by.toFixed(1)} (${least.pair})`)
  }
  for (const stance of stanceIds) {
    const ratios = (['bg', 'surface'] as const).map((ground) =>
      contrastRatio(colour(stance), colours[ground][theme]).toFixed(2),
    )
    console.log(
      `  ${stance.padEnd(20)} ${colour(stance)} contrast ${ratios.join(' / ')} (page / panel)`,
    )
  }
}
