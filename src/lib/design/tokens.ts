/**
 * The design tokens: every colour (a light and a dark value), the type scale, the spacing steps and
 * the radii. The stylesheet reads them as CSS custom properties from `src/app/tokens.css`, which
 * `tokensCss()` writes (`npm run tokens`); a unit test fails when that file is out of date.
 */

/** A colour in the light theme and in the dark one, written as `light-dark(light, dark)`. */
export type ColourPair = { light: string; dark: string }

export const colours = {
  mark: { light: '#fff1a8', dark: '#5c4b00' },
  bg: { light: '#f7f7f5', dark: '#15171a' },
  surface: { light: '#ffffff', dark: '#1e2125' },
  text: { light: '#1c1e21', dark: '#e9eaec' },
  muted: { light: '#545a61', dark: '#a9afb6' },
  border: { light: '#d9dbde', dark: '#343a40' },
  accent: { light: '#1f5fae', dark: '#8ab8f0' },
  focus: { light: '#1f5fae', dark: '#ffd166' },
  // One palette shared by every stance mark. Any two stances stay apart (CIEDE2000 of at least
  // 15) with full colour vision and under simulated protanopia, deuteranopia and tritanopia, and
  // each keeps 4.5:1 against the page and the panels, as badges write their words in it:
  // tests/unit/stance-palette.test.ts checks both (`scripts/stance-palette.ts` prints them).
  // Calls on all sides and urges to halt are apart in lightness, not only in hue, since red–green
  // vision loses the step from ochre to orange.
  'stance-supports': { light: '#016f53', dark: '#4cc9a0' },
  'stance-calls-on-all-sides': { light: '#8c6606', dark: '#ffd46d' },
  'stance-urges-halt': { light: '#7b1701', dark: '#f96b0c' },
  'stance-condemns': { light: '#6e2c66', dark: '#df8bc2' },
  // The world map's two classes off the stance scale: distinct from each other and the stances.
  'map-not-placed': { light: '#56667d', dark: '#93a4bd' },
  'map-no-statement': { light: '#e6e4de', dark: '#30343a' },
  // A warning strip, such as the notice that faults are being injected into the mock API.
  'warning-bg': { light: '#fef3c7', dark: '#3d2e05' },
  'warning-border': { light: '#b45309', dark: '#f59e0b' },
  // What dims the page behind a dialog, and a dialog's shadow: the same in both themes.
  scrim: { light: 'rgb(0 0 0 / 0.45)', dark: 'rgb(0 0 0 / 0.45)' },
  shadow: { light: 'rgb(0 0 0 / 0.3)', dark: 'rgb(0 0 0 / 0.3)' },
} as const satisfies Record<string, ColourPair>

/** Colours that are another token under a name of their own. */
export const colourAliases = { 'stance-none': 'muted' } as const satisfies Record<
  string,
  keyof typeof colours
>

/** Font sizes, smallest first; `display` grows with the window for the event's title. */
export const fontSizes = {
  '2xs': '0.75rem',
  xs: '0.8125rem',
  sm: '0.875rem',
  md: '0.9375rem',
  base: '1rem',
  lg: '1.0625rem',
  xl: '1.125rem',
  '2xl': '1.25rem',
  display: 'clamp(1.375rem, 3.5vw, 2rem)',
} as const

/** Spacing steps for margins, paddings and gaps. */
export const spaces = {
  '3xs': '0.125rem',
  '2xs': '0.25rem',
  xs: '0.375rem',
  sm: '0.5rem',
  md: '0.75rem',
  lg: '1rem',
  xl: '1.25rem',
  '2xl': '1.5rem',
  '3xl': '2rem',
} as const

export const radii = {
  // `--radius` is the panels' and cards' corner, the name the stylesheet has always used.
  '': '10px',
  lg: '8px',
  md: '6px',
  sm: '4px',
  xs: '3px',
  pill: '999px',
} as const

const property = (prefix: string, name: string) => (name ? `--${prefix}-${name}` : `--${prefix}`)

/** The custom properties, one declaration a line, as `:root` in `tokens.css` holds them. */
export function tokenDeclarations(): string[] {
  return [
    ...Object.entries(colours).map(
      ([name, pair]) => `--${name}: light-dark(${pair.light}, ${pair.dark});`,
    ),
    ...Object.entries(colourAliases).map(([name, target]) => `--${name}: var(--${target});`),
    ...Object.entries(fontSizes).map(([name, size]) => `${property('font', name)}: ${size};`),
    ...Object.entries(spaces).map(([name, size]) => `${property('space', name)}: ${size};`),
    ...Object.entries(radii).map(([name, size]) => `${property('radius', name)}: ${size};`),
  ]
}

/** The whole of `src/app/tokens.css`. */
export function tokensCss(): string {
  return [
    '/* Generated from src/lib/design/tokens.ts by `npm run tokens`: edit that file, not this one. */',
    ':root {',
    ...tokenDeclarations().map((line) => `  ${line}`),
    '}',
    '',
  ].join('\n')
}
