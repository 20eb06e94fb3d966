import { nestedQuotation } from '../nested-quotation'

type Range = { start: number; end: number }

/** Words a source puts in quotation marks: `start`–`end` are the words, `open`/`close` the marks. */
export type Quotation = Range & { open: number; close: number; text: string }

/**
 * Each opening mark and the marks that may close it: English “…” and ‘…’, German „…“ and ‚…‘,
 * Polish „…”, French « … », Danish and German » … «, and the typewriter's "…" and '…'.
 */
const closersOf: Readonly<Record<string, string>> = {
  '“': '”',
  '„': '“”',
  '«': '»',
  '»': '«',
  '"': '"',
  '‘': '’',
  '‚': '‘’',
  "'": "'",
  '‹': '›',
}
const marks = new Set([...Object.keys(closersOf), '”', '’', '›'])
const singles = new Set(["'", '’', '‘', '‚'])

const letter = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char)
/** A mark may open where nothing but space, an opening bracket, a dash or another mark precedes it. */
const mayOpen = (char: string | undefined) =>
  char === undefined || /[\s([{\-–—/:]/u.test(char) || marks.has(char)
/** A mark may close where nothing but space, punctuation or another mark follows it. */
const mayClose = (char: string | undefined) =>
  char === undefined || /[\s.,;:!?)\]}\-–—…/]/u.test(char) || marks.has(char)

/**
 * The quotations of a text, outermost and nested alike, in order of their opening marks. Marks
 * pair by style; an apostrophe inside a word ("Türkiye’s", "don't") opens and closes nothing. A
 * quotation left open at a paragraph's end, where the next paragraph opens with the same mark,
 * runs on to that paragraph's end, as long quotations are printed; any other unclosed mark quotes
 * nothing.
 */
export function quotations(text: string): Quotation[] {
  const found: Quotation[] = []
  let open: { mark: string; at: number }[] = []
  const endParagraph = (at: number) => {
    const next = /^\n+\s*(\S)/u.exec(text.slice(at))?.[1]
    const runsOn = open.length === 1 && open[0]?.mark === next
    if (runsOn && open[0]) push(open[0].at, at, at)
    open = []
  }
  const push = (openAt: number, closeAt: number, closeEnd: number) => {
    // French marks stand apart from their words: « Texte ». The spaces are not quoted.
    const inner = text.slice(openAt + 1, closeEnd)
    const start = openAt + 1 + (inner.length - inner.trimStart().length)
    const end = closeEnd - (inner.length - inner.trimEnd().length)
    if (end > start)
      found.push({ open: openAt, close: closeAt, start, end, text: text.slice(start, end) })
  }
  for (let at = 0; at < text.length; at++) {
    const char = text[at] ?? ''
    if (char === '\n') {
      if (open.length > 0) endParagraph(at)
      continue
    }
    if (!marks.has(char)) continue
    const before = text[at - 1]
    const after = text[at + 1]
    // An apostrophe inside a word, or after a plural's s ("the ministers’ statement"), is no mark.
    if (singles.has(char) && letter(before) && letter(after)) continue
    const closing = open.findLastIndex((held) => closersOf[held.mark]?.includes(char))
    if (closing !== -1 && mayClose(after) && !(mayOpen(before) && letter(after))) {
      const held = open[closing]
      if (held) push(held.at, at, at)
      open = open.slice(0, closing)
      continue
    }
    const spaced = char === '«' || char === '»'
    if (char in closersOf && mayOpen(before) && (spaced || !/\s/u.test(after ?? ' ')))
      open.push({ mark: char, at })
  }
  if (open.length > 0) endParagraph(text.length)
  return found.sort((a, b) => a.open - b.open)
}

/**
 * True when `[start, end)` lies inside one quotation of `text`, between its marks: the test the
 * bundled data's honesty checks apply to every quotation, whatever the source's style of marks.
 */
export function isInsideQuotationMarks(range: Range, text: string): boolean {
  return quotations(text).some((quote) => quote.start <= range.start && range.end <= quote.end)
}

/** Why a selected quotation cannot be coded as one, or undefined when it can. */
export function quotationProblem(range: Range, text: string): string | undefined {
  if (range.end <= range.start) return 'Select the quoted words first.'
  if (isInsideQuotationMarks(range, text)) return undefined
  const words = text.slice(range.start, range.end)
  return `“${nestedQuotation(words.length > 60 ? `${words.slice(0, 57)}…` : words)}” is not inside the source’s quotation marks. A quotation must be words the source itself puts inside its quotation marks; code reported speech as a paraphrase instead.`
}

/**
 * The quotations a selection means: the selection itself where it lies inside one quotation's
 * marks, or does once the marks and spaces at its ends are left out (a selection by pointer
 * often takes them in); else the words inside each outermost quotation it holds whole, so that
 * a sentence selected with its quotation gives the quoted words. Otherwise why it gives none.
 */
export function quotationsOf(range: Range, text: string): Range[] | { problem: string } {
  if (range.end <= range.start) return { problem: 'Select the quoted words first.' }
  if (isInsideQuotationMarks(range, text)) return [range]
  let { start, end } = range
  while (start < end && /[\s"“”„«»‹›]/u.test(text[start] ?? '')) start += 1
  while (end > start && /[\s"“”„«»‹›]/u.test(text[end - 1] ?? '')) end -= 1
  if (end > start && isInsideQuotationMarks({ start, end }, text)) return [{ start, end }]
  const held = quotations(text).filter(
    (quote) => range.start <= quote.open && quote.close < range.end,
  )
  const outermost = held.filter(
    (quote) =>
      !held.some(
        (other) => other !== quote && other.open < quote.open && quote.close < other.close,
      ),
  )
  if (outermost.length > 0)
    return outermost.map((quote) => ({ start: quote.start, end: quote.end }))
  return { problem: quotationProblem(range, text) ?? 'Select the quoted words first.' }
}
