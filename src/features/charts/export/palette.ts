import type { StanceId } from '../../../lib/schemas/codebook'

export type ExportTheme = 'light' | 'dark'

export type Palette = {
  bg: string
  surface: string
  text: string
  muted: string
  border: string
  accent: string
  stance: Record<StanceId, string>
}

/**
 * The page's colours (`:root` in styles.css, one `light-dark()` pair each) for drawings that leave
 * the page, where CSS variables do not go. A test keeps the two in step.
 */
export const palettes: Record<ExportTheme, Palette> = {
  light: {
    bg: '#f7f7f5',
    surface: '#ffffff',
    text: '#1c1e21',
    muted: '#545a61',
    border: '#d9dbde',
    accent: '#1f5fae',
    stance: {
      supports: '#00704f',
      'calls-on-all-sides': '#805a00',
      'urges-halt': '#a14400',
      condemns: '#8a2a63',
    },
  },
  dark: {
    bg: '#15171a',
    surface: '#1e2125',
    text: '#e9eaec',
    muted: '#a9afb6',
    border: '#343a40',
    accent: '#8ab8f0',
    stance: {
      supports: '#4cc9a0',
      'calls-on-all-sides': '#e8b64c',
      'urges-halt': '#f08c4a',
      condemns: '#e58fc2',
    },
  },
}

/** `share` (0 to 1) of `to` mixed into `from`, as `color-mix(in srgb, …)` does on the page. */
export function mix(from: string, to: string, share: number): string {
  const channels = (hex: string) =>
    [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16))
  const a = channels(from)
  const b = channels(to)
  return `#${a
    .map((value, index) => Math.round(value + ((b[index] ?? value) - value) * share))
    .map((value) => value.toString(16).padStart(2, '0'))
    .join('')}`
}

/** The theme the page is showing: the one chosen, or else the system's. */
export function shownTheme(): ExportTheme {
  const chosen = document.documentElement.dataset.theme
  if (chosen === 'light' || chosen === 'dark') return chosen
  return typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-color-scheme: dark)').matches
    ? 'dark'
    : 'light'
}
