/**
 * How far apart two colours look, to people with full colour vision and to those with one of the
 * three dichromacies: Machado, Oliveira and Fernandes's simulation (2009, severity 1) in linear
 * sRGB, CIEDE2000 differences in CIELAB (D65), and WCAG's contrast ratio. The stance palette is
 * checked with these, so a colour change that makes two stances look alike fails a test.
 */

type Triple = readonly [number, number, number]
type Matrix = readonly [Triple, Triple, Triple]

export const visions = ['full', 'protanopia', 'deuteranopia', 'tritanopia'] as const
export type Vision = (typeof visions)[number]

// Machado et al. 2009, severity 1.0, applied to linear RGB.
const simulations: Record<Exclude<Vision, 'full'>, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
}

const toLinear = (channel: number) =>
  channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
const clamp = (value: number) => Math.min(1, Math.max(0, value))

/** `#rrggbb` as linear RGB from 0 to 1; anything else throws, since a token must be one. */
export function linearRgb(hex: string): Triple {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`)
  const [r, g, b] = [match[1], match[2], match[3]].map((part) =>
    toLinear(parseInt(part ?? '0', 16) / 255),
  )
  return [r ?? 0, g ?? 0, b ?? 0]
}

const times = (matrix: Matrix, [r, g, b]: Triple): Triple => {
  const row = ([x, y, z]: Triple) => clamp(x * r + y * g + z * b)
  return [row(matrix[0]), row(matrix[1]), row(matrix[2])]
}

/** The colour as a person with `vision` sees it, in linear RGB. */
export function seenWith(vision: Vision, hex: string): Triple {
  const rgb = linearRgb(hex)
  return vision === 'full' ? rgb : times(simulations[vision], rgb)
}

/** Linear RGB to CIELAB under D65. */
export function lab([r, g, b]: Triple): Triple {
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116)
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
}

const degrees = (radians: number) => (radians * 180) / Math.PI
const radians = (degreesValue: number) => (degreesValue * Math.PI) / 180

/** The CIEDE2000 difference of two CIELAB colours (Sharma, Wu and Dalal 2005). */
export function ciede2000([l1, a1, b1]: Triple, [l2, a2, b2]: Triple): number {
  const c1 = Math.hypot(a1, b1)
  const c2 = Math.hypot(a2, b2)
  const meanC = (c1 + c2) / 2
  const g = 0.5 * (1 - Math.sqrt(meanC ** 7 / (meanC ** 7 + 25 ** 7)))
  const a1p = (1 + g) * a1
  const a2p = (1 + g) * a2
  const c1p = Math.hypot(a1p, b1)
  const c2p = Math.hypot(a2p, b2)
  const hue = (a: number, b: number) =>
    a === 0 && b === 0 ? 0 : (degrees(Math.atan2(b, a)) + 360) % 360
  const h1p = hue(a1p, b1)
  const h2p = hue(a2p, b2)
  const deltaL = l2 - l1
  const deltaC = c2p - c1p
  let deltaH = 0
  if (c1p * c2p !== 0) {
    deltaH = h2p - h1p
    if (deltaH > 180) deltaH -= 360
    else if (deltaH < -180) deltaH += 360
  }
  const deltaBigH = 2 * Math.sqrt(c1p * c2p) * Math.sin(radians(deltaH / 2))
  const meanL = (l1 + l2) / 2
  const meanCp = (c1p + c2p) / 2
  let meanH = h1p + h2p
  if (c1p * c2p !== 0) {
    if (Math.abs(h1p - h2p) <= 180) meanH = (h1p + h2p) / 2
    else meanH = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2
  }
  const t =
    1 -
    0.17 * Math.cos(radians(meanH - 30)) +
    0.24 * Math.cos(radians(2 * meanH)) +
    0.32 * Math.cos(radians(3 * meanH + 6)) -
    0.2 * Math.cos(radians(4 * meanH - 63))
  const sl = 1 + (0.015 * (meanL - 50) ** 2) / Math.sqrt(20 + (meanL - 50) ** 2)
  const sc = 1 + 0.045 * meanCp
  const sh = 1 + 0.015 * meanCp * t
  const rotation =
    -2 *
    Math.sqrt(meanCp ** 7 / (meanCp ** 7 + 25 ** 7)) *
    Math.sin(radians(60 * Math.exp(-(((meanH - 275) / 25) ** 2))))
  return Math.sqrt(
    (deltaL / sl) ** 2 +
      (deltaC / sc) ** 2 +
      (deltaBigH / sh) ** 2 +
      rotation * (deltaC / sc) * (deltaBigH / sh),
  )
}

/** How different two colours look to a person with `vision`, as CIEDE2000. */
export const seenDifference = (vision: Vision, one: string, other: string) =>
  ciede2000(lab(seenWith(vision, one)), lab(seenWith(vision, other)))

/** WCAG 2's contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(one: string, other: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = linearRgb(hex)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const [high, low] = [luminance(one), luminance(other)].sort((x, y) => y - x)
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05)
}
