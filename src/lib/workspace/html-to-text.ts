import { parseInertHtml } from '../trusted-types'

const blockTags = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
])
const skippedTags = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG'])

/**
 * An HTML file's readable text. DOMParser builds an inert document: its scripts never run, its
 * images never load and nothing of it is rendered; only text nodes are read back out of it.
 */
export function htmlToText(html: string): string {
  const document = parseInertHtml(html)
  const parts: string[] = []
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      // HTML's own whitespace collapses; a no-break space is a character of the text and stays.
      parts.push((node.nodeValue ?? '').replace(/[ \t\n\r\f]+/g, ' '))
      return
    }
    if (!(node instanceof Element) || skippedTags.has(node.tagName.toUpperCase())) return
    const block = blockTags.has(node.tagName.toUpperCase())
    if (block) parts.push('\n')
    node.childNodes.forEach(walk)
    if (block) parts.push('\n')
  }
  walk(document.body)
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

export const acceptedFileTypes = '.txt,.md,.html,.htm,text/plain,text/markdown,text/html'

/** A file's text as a source: HTML reduced to its words, plain text and Markdown verbatim. */
export function sourceTextFromFile(name: string, content: string): string {
  return /\.html?$/i.test(name) ? htmlToText(content) : content
}
