import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/** The SVG readers outside the browser a downloaded chart must open in, as `.ci/run` installs them. */
export const readers = {
  rsvg: (svg: string, png: string) => execFileSync('rsvg-convert', [svg, '-o', png]),
  imagemagick: (svg: string, png: string) => execFileSync('convert', [svg, png]),
}

/** Says which reader is missing, rather than failing on a spawn error. */
export function missingReaders(): string[] {
  const on = (name: string) =>
    (process.env.PATH ?? '').split(':').some((folder) => folder && existsSync(`${folder}/${name}`))
  return [
    on('rsvg-convert') ? null : 'rsvg-convert (Debian: librsvg2-bin)',
    on('convert') && on('identify') ? null : 'convert and identify (Debian: imagemagick)',
  ].filter((name) => name !== null)
}

/** The size ImageMagick's `identify` reads from a file, an SVG included. */
export function identified(file: string) {
  const [width, height] = execFileSync('identify', ['-format', '%w %h\n', file], {
    encoding: 'utf8',
  })
    .split('\n')[0]!
    .split(' ')
    .map(Number)
  return { width, height }
}

/** The picture's pixels as RGB, transparent parts on white, read by ImageMagick. */
function pixels(png: string) {
  const { width = 0, height = 0 } = identified(png)
  const rgb = execFileSync(
    'convert',
    [png, '-background', 'white', '-alpha', 'remove', '-depth', '8', 'rgb:-'],
    { maxBuffer: 3 * width * height + 1024 },
  )
  return { width, height, rgb }
}

const cell = 16

/**
 * Where the picture has anything on it besides its background: one flag per 16-pixel square, set
 * when a pixel in it differs clearly from `background` (`#rrggbb`). Two readers that draw the
 * same labels, marks and lines in the same places mark the same squares, whatever their fonts.
 */
export function inkOf(png: string, background: string) {
  const { width, height, rgb } = pixels(png)
  const ground = [1, 3, 5].map((at) => Number.parseInt(background.slice(at, at + 2), 16))
  const columns = Math.ceil(width / cell)
  const squares = new Uint8Array(columns * Math.ceil(height / cell))
  let pixelsInked = 0
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) {
      const at = (y * width + x) * 3
      const distance = [0, 1, 2].reduce(
        (sum, channel) => sum + Math.abs((rgb[at + channel] ?? 0) - (ground[channel] ?? 0)),
        0,
      )
      if (distance > 30) {
        pixelsInked += 1
        squares[Math.floor(y / cell) * columns + Math.floor(x / cell)] = 1
      }
    }
  return { width, height, pixelsInked, squares }
}

/** Of the squares `reference` marks, the share `other` marks too. */
export function covered(reference: Uint8Array, other: Uint8Array) {
  let marked = 0
  let both = 0
  reference.forEach((flag, at) => {
    if (!flag) return
    marked += 1
    if (other[at]) both += 1
  })
  return marked === 0 ? 0 : both / marked
}
