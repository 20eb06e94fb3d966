import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from 'vitest'
import { codebook } from '../../data/codebook'
import { channels } from '../../src/lib/vocabulary'
import { actors } from '../../data/actors'
import { stanceIds, dimensionIds } from '../../src/lib/vocabulary'

// Compared with white space folded, so that reflowing the Markdown does not matter.
const fold = (text: string) => text.replace(/\s+/g, ' ').replace(/ ?\| ?/g, '|')
const documentText = fold(
  readFileSync(resolve(import.meta.dirname, '../../docs/codebook.md'), 'utf8'),
)

test('the written codebook says what the served codebook says', () => {
  expect(documentText).toContain(`# Codebook, version ${codebook.version}`)
  for (const stance of codebook.stances) {
    expect(documentText).toContain(
      fold(
        `| ${stance.rank} | \`${stance.id}\` | ${stance.label} | ${stance.definition} | ${stance.example} |`,
      ),
    )
  }
  for (const dimension of codebook.dimensions) {
    expect(documentText).toContain(
      fold(
        `| \`${dimension.id}\` | ${dimension.label} | ${dimension.question} | ${dimension.definition} |`,
      ),
    )
  }
  for (const code of [
    ...(codebook.channels ?? []),
    ...(codebook.actors ?? []),
    ...(codebook.addressees ?? []),
  ]) {
    expect(documentText).toContain(fold(`| \`${code.id}\` | ${code.label} | ${code.definition} |`))
  }
  for (const rule of codebook.rules ?? []) {
    expect(documentText).toContain(fold(`### ${rule.title} ${rule.text}`))
  }
  expect(documentText).toContain(fold(codebook.derivationRule))
  expect(documentText).toContain(fold(codebook.quoteRule))
})

// A second coder codes from the document alone, so every id a record can hold must be in it.
test('the codebook names every id a coder records', () => {
  const ids = [
    ...stanceIds,
    ...dimensionIds,
    ...channels,
    ...actors.map((actor) => actor.id),
    'all-sides',
  ]
  for (const id of ids) expect(documentText, id).toContain(`\`${id}\``)
})
