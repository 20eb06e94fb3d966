/**
 * The start of a passage, exactly as the source prints it: its first `words` words, never past a
 * paragraph break, ending before an opening quotation mark whose closing mark it would leave out
 * and without a comma or colon left hanging at its end.
 */
export function opening(text: string, words = 8): string {
  const ends = [...text.matchAll(/\S+/g)].map((match) => match.index + match[0].length)
  let cut = ends[Math.min(words, ends.length) - 1] ?? text.length
  const paragraph = text.indexOf('\n')
  if (paragraph !== -1 && paragraph < cut) cut = paragraph
  let start = text.slice(0, cut)
  const open = start.lastIndexOf('“')
  if (open > start.lastIndexOf('”')) {
    // A quotation opened and not closed: stop before it; where little would be left, run on to
    // its closing mark if that is near, else leave it open, as the source's words run on.
    const before = text.slice(0, open).trimEnd()
    const close = text.indexOf('”', open)
    const quoted = close === -1 ? Infinity : text.slice(open, close).split(/\s+/).length
    if (before.split(/\s+/).length >= 3) start = before
    else if (quoted <= 2 * words) start = text.slice(0, close + 1)
  }
  return start.replace(/[\s,;:–-]+$/u, '')
}

/**
 * A passage named in a sentence: whole and in quotation marks where it is short, otherwise by its
 * opening words. Either way the words inside the marks are the source's, character for character.
 */
/** A sentence's end: a full stop, unless the words quoted last already end one. */
export const ended = (text: string) => (/[.?!]”?$/.test(text) ? text : `${text}.`)

export function passageWords(text: string, longest = 30): string {
  const count = text.split(/\s+/).filter(Boolean).length
  if (count <= longest && !text.includes('\n')) return `“${text}”`
  return `the words that begin “${opening(text)}”`
}
