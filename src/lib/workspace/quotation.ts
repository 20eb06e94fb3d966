/** The article's quotation marks: curly double quotes. */
export const openingMark = '“'
export const closingMark = '”'

type Range = { start: number; end: number }

/**
 * True when `[start, end)` sits between an opening and a closing quotation mark of `text`, with no
 * mark inside it: the same test the bundled data's honesty checks apply to every quotation.
 */
export function isInsideQuotationMarks(range: Range, text: string): boolean {
  const before = text.slice(0, range.start)
  const lastOpen = before.lastIndexOf(openingMark)
  if (lastOpen === -1 || before.lastIndexOf(closingMark) > lastOpen) return false
  const after = text.slice(range.end)
  const nextClose = after.indexOf(closingMark)
  const nextOpen = after.indexOf(openingMark)
  const inner = text.slice(range.start, range.end)
  return (
    nextClose !== -1 && (nextOpen === -1 || nextClose < nextOpen) && !inner.includes(openingMark)
  )
}

/** Why a selected quotation cannot be coded as one, or undefined when it can. */
export function quotationProblem(range: Range, text: string): string | undefined {
  if (range.end <= range.start) return 'Select the quoted words first.'
  if (isInsideQuotationMarks(range, text)) return undefined
  const words = text.slice(range.start, range.end)
  return `“${words.length > 60 ? `${words.slice(0, 57)}…` : words}” is not inside the source’s quotation marks. A quotation must be words the source itself puts inside its quotation marks; code reported speech as a paraphrase instead.`
}
