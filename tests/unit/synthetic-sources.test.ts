import { expect, test } from 'vitest'
import { syntheticDataset } from '../../mocks/handlers/dataset'
import { syntheticSourceLabel, syntheticSourceText } from '../../src/lib/engine/synthetic-sources'

const { sources, statements } = syntheticDataset({ size: 400, events: 6 }).latest

test('a synthetic source’s text holds each of its statements’ words at the offsets they give', () => {
  for (const summary of sources) {
    const source = syntheticSourceText(summary, statements)
    const own = statements.filter((statement) => statement.sourceId === summary.id)
    expect(own.length).toBeGreaterThan(0)
    for (const statement of own)
      for (const span of [statement.passage, ...statement.passages, ...statement.quotes])
        expect(source.text.slice(span.start, span.end)).toBe(span.text)
    expect(source.length).toBe(source.text.length)
  }
})

test('a synthetic source says what it is, in its first words and its title', () => {
  const [summary] = sources
  if (!summary) throw new Error('the corpus has no source')
  const source = syntheticSourceText(summary, statements)
  expect(source.text.startsWith(`${syntheticSourceLabel}. ${summary.title}.`)).toBe(true)
  expect(source.title).toBe(`${syntheticSourceLabel}: ${summary.title}`)
})

test('the same seed gives the same source text; a source without statements still says what it is', () => {
  const again = syntheticDataset({ size: 400, events: 6 }).latest
  const [summary] = sources
  if (!summary) throw new Error('the corpus has no source')
  expect(syntheticSourceText(summary, statements).text).toBe(
    syntheticSourceText(summary, again.statements).text,
  )
  expect(syntheticSourceText(summary, []).text).toBe(`${syntheticSourceLabel}. ${summary.title}.`)
})
