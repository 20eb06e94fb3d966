export type EmbedKind = 'cards' | 'compare' | `chart:${string}` | `card:${string}`

/** The page to put in the iframe: the current view, in embed mode, live or frozen to a version. */
export function embedUrl(
  viewUrl: string,
  kind: EmbedKind,
  options: { frozenVersion: string | null; theme: 'system' | 'light' | 'dark' },
): string {
  const url = new URL(viewUrl)
  url.hash = ''
  url.searchParams.delete('view')
  url.searchParams.set('embed', kind)
  if (options.frozenVersion) url.searchParams.set('version', options.frozenVersion)
  else url.searchParams.delete('version')
  if (options.theme === 'system') url.searchParams.delete('theme')
  else url.searchParams.set('theme', options.theme)
  return url.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':')
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The `<iframe>` to paste, titled for screen readers, with an optional resizer script. */
export function embedCode(
  src: string,
  title: string,
  options: { height: number; resizer: boolean },
): string {
  const frame = `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${options.height}" style="border:0;max-width:100%" loading="lazy" data-reactions-embed></iframe>`
  if (!options.resizer) return frame
  const script = new URL('/embed-resizer.js', src).toString()
  return `${frame}\n<script src="${escapeAttribute(script)}" defer></script>`
}

/** The view's address to link an image to: as shown, or frozen to a version where chosen. */
export function viewLink(viewUrl: string, frozenVersion: string | null): string {
  const url = new URL(viewUrl)
  url.hash = ''
  url.searchParams.delete('embed')
  if (frozenVersion) url.searchParams.set('version', frozenVersion)
  return url.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':')
}

/**
 * A chart as a plain image linked to its view, for pages that run no scripts (newsletters, many
 * CMSs): `src` is the PNG's file name, which the writer replaces with where they upload it. A PNG
 * rather than an SVG or a data: URL, as mail clients (Gmail, Outlook) show neither; 800 pixels
 * wide, the file being twice that for sharp screens, and never wider than its column.
 */
export function imageEmbedCode(image: { href: string; src: string; alt: string }): string {
  return `<a href="${escapeAttribute(image.href)}"><img src="${escapeAttribute(image.src)}" alt="${escapeAttribute(image.alt)}" width="800" style="max-width:100%;height:auto;border:0"></a>`
}
