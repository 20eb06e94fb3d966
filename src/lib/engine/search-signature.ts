import { isWordCode, type SearchTerm } from './search'

/**
 * A statement's search signature: each run of three characters its compacted text holds, hashed
 * to one of 512 bits, in 16 words. A term's compacted text can only be found where every one of
 * its runs of three is, so a search tests the signature before the text and reads the text of
 * few statements that cannot match (a Bloom filter: it can say "maybe", never a wrong "no").
 */
export const signatureWords = 16

const trigramBit = (a: number, b: number, c: number) =>
  // Stryker disable next-line ArithmeticOperator: statements and terms are hashed alike, so any mix of the three codes finds the same statements.
  Math.imul((a * 31 + b) * 31 + c, 0x9e3779b1) >>> 23

/**
 * A piece of folded text that recurs (a voice, a statement's coded labels) with the runs of three
 * inside it worked out once; `ends` holds its first two and last two word characters, which make
 * runs with the text around it, or nothing when it has fewer than three.
 */
export type SignedPart = { folded: string; bits: Int32Array; ends: Int32Array }

export function signedPart(folded: string): SignedPart {
  const bits = new Int32Array(signatureWords)
  const writer = createSignatureWriter(bits)
  // Stryker disable next-line CallExpression: a new writer has begun no run to reset.
  writer.start(0)
  writer.text(folded)
  // A part without its ends is written from its text by `part`, which gives the same bits, only
  // more slowly; so what the ends hold changes no answer.
  // Stryker disable all
  const words: number[] = []
  for (let index = 0; index < folded.length; index += 1) {
    const code = folded.charCodeAt(index)
    if (isWordCode(code)) words.push(code)
  }
  const ends = words.length < 3 ? [] : [...words.slice(0, 2), ...words.slice(-2)]
  // Stryker restore all
  return { folded, bits, ends: Int32Array.from(ends) }
}

/**
 * Writes statements' signatures into `signatures`, one statement at a time, from its parts in
 * order: the same bits as the whole text's, since parts are joined by line breaks, which runs skip.
 */
export function createSignatureWriter(signatures: Int32Array) {
  let base = 0
  // Stryker disable next-line UnaryOperator: `start` sets both before any statement is written.
  let older = -1
  // Stryker disable next-line UnaryOperator: as above.
  let last = -1
  const step = (code: number) => {
    // Stryker disable next-line EqualityOperator: no word character has the code 0.
    if (older >= 0) {
      const bit = trigramBit(older, last, code)
      const word = base + (bit >>> 5)
      signatures[word] = (signatures[word] ?? 0) | (1 << (bit & 31))
    }
    older = last
    last = code
  }
  const text = (folded: string) => {
    // Stryker disable next-line EqualityOperator: one place past the end is no word character.
    for (let index = 0; index < folded.length; index += 1) {
      const code = folded.charCodeAt(index)
      if (isWordCode(code)) step(code)
    }
  }
  return {
    /** Begins the signature of the statement at position `at`. */
    start(at: number) {
      base = at * signatureWords
      older = -1
      last = -1
    },
    text,
    part(part: SignedPart) {
      const { ends, bits } = part
      // Stryker disable next-line ConditionalExpression: the text gives the same bits, more slowly.
      if (ends.length === 0) return text(part.folded)
      // The runs reaching into the part from before it, then the part's own, then its end.
      step(ends[0] ?? 0)
      step(ends[1] ?? 0)
      // Stryker disable next-line EqualityOperator: one word past the end ORs in nothing (`?? 0`).
      for (let word = 0; word < signatureWords; word += 1)
        signatures[base + word] = (signatures[base + word] ?? 0) | (bits[word] ?? 0)
      older = ends[2] ?? 0
      last = ends[3] ?? 0
    },
  }
}

/** The signature bits every statement matching these terms has: the words with any, and their bits. */
export function termSignature(terms: readonly SearchTerm[]): {
  words: Int32Array
  bits: Int32Array
} {
  const words = new Int32Array(signatureWords)
  for (const term of terms) {
    const { compact } = term
    for (let index = 2; index < compact.length; index += 1) {
      const bit = trigramBit(
        compact.charCodeAt(index - 2),
        compact.charCodeAt(index - 1),
        compact.charCodeAt(index),
      )
      words[bit >>> 5] = (words[bit >>> 5] ?? 0) | (1 << (bit & 31))
    }
  }
  const used = words.reduce<number[]>((list, bits, word) => (bits ? [...list, word] : list), [])
  return { words: Int32Array.from(used), bits: Int32Array.from(used, (word) => words[word] ?? 0) }
}
