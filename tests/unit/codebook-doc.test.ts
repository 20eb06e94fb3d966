import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from 'vitest'
import { codebook } from '../../mocks/data/codebook'

// Compared with white space folded, so that reflowing the Markdown does not matter.
const fold = (text: string) => text.replace(/\s+/g, ' ').replace(/ ?\| ?/g, '|')
const documentText = fold(
  readFileSync(resolve(import.meta.dirname, '../../docs/codebook.md'), 'utf8'),
)

test('the written codebook says what the served codebook says', () => {
  expect(documentText).toContain(`# Codebook, version ${codebook.version}`)
  for (const stance of codebook.stances) {
    expect(documentText).toContain(
      fold(`| ${stance.rank} | ${stance.label} | ${stance.definition} |`),
    )
  }
  for (const dimension of codebook.dimensions) {
    expect(documentText).toContain(
      fold(`| ${dimension.label} | ${dimension.question} | ${dimension.definition} |`),
    )
  }
  expect(documentText).toContain(fold(codebook.derivationRule))
  expect(documentText).toContain(fold(codebook.quoteRule))
})
