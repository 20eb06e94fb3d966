import { render, screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { articleDataset, withWorkspace } from '../../mocks/handlers/dataset'
import { StatementText } from '../../src/components/statement-text'
import { nestedQuotation } from '../../src/lib/nested-quotation'
import { quotationsOf } from '../../src/lib/workspace/quotation'
import { sourceVersion, statementAt } from './workspace-fixtures'

// Made-up sentences about a fictional ministry, written for these tests.
const nested =
  'The Freedonian ministry said it “condemned the move as "reckless and unlawful"” on Monday.'
const plain = 'The Freedonian ministry condemned the move as "reckless and unlawful" on Monday.'

test.each([
  ['typewriter marks', 'condemned the move as "reckless and unlawful"'],
  ['curly marks', 'condemned the move as “reckless and unlawful”'],
  ['German marks', 'condemned the move as „reckless and unlawful“'],
])('a quotation holding %s reads with single marks inside ours', (_, words) => {
  expect(nestedQuotation(words)).toBe('condemned the move as ‘reckless and unlawful’')
})

test('marks at the start and end of the words, apostrophes and guillemets', () => {
  expect(nestedQuotation('"Never," he said, "again"')).toBe('‘Never,’ he said, ‘again’')
  expect(nestedQuotation('Freedonia’s envoy (“a setback”)')).toBe('Freedonia’s envoy (‘a setback’)')
  expect(nestedQuotation('words with no marks')).toBe('words with no marks')
  expect(nestedQuotation('« jamais »')).toBe('« jamais »')
})

const pick = (text: string, words: string) => {
  const start = text.indexOf(words)
  const found = quotationsOf({ start, end: start + words.length }, text)
  return 'problem' in found ? found : found.map((range) => text.slice(range.start, range.end))
}

test('a selection inside the marks is the quotation, inner marks and all', () => {
  expect(pick(nested, 'condemned the move as "reckless and unlawful"')).toEqual([
    'condemned the move as "reckless and unlawful"',
  ])
})

test('a selection that takes in the marks, or the words around a quotation, gives the quoted words', () => {
  expect(pick(plain, '"reckless and unlawful"')).toEqual(['reckless and unlawful'])
  expect(pick(plain, 'reckless and unlawful" ')).toEqual(['reckless and unlawful'])
  expect(pick(plain, 'condemned the move as "reckless and unlawful"')).toEqual([
    'reckless and unlawful',
  ])
  expect(pick(nested, '“condemned the move as "reckless and unlawful"” on Monday')).toEqual([
    'condemned the move as "reckless and unlawful"',
  ])
})

test('words no mark quotes give no quotation, and say why', () => {
  expect(pick(plain, 'condemned the move')).toEqual({
    problem: expect.stringContaining('is not inside the source’s quotation marks') as string,
  })
  expect(quotationsOf({ start: 4, end: 4 }, plain)).toEqual({
    problem: 'Select the quoted words first.',
  })
})

test('a card shows a quotation within a quotation with nested marks', () => {
  const words = 'condemned the move as "reckless and unlawful"'
  const start = nested.indexOf(words)
  const served = withWorkspace(articleDataset, {
    events: [],
    sources: [sourceVersion({ text: nested })],
    actors: [],
    statements: [
      statementAt(
        nested.slice(0, -1),
        {
          textKind: 'quote',
          quotes: [{ start, end: start + words.length, text: words }],
        },
        nested,
      ),
    ],
  }).latest
  const yours = served.statements.find((statement) => statement.yours)
  if (!yours) throw new Error('the statement should be served')
  render(<StatementText statement={yours} lead />)
  expect(screen.getByRole('blockquote')).toHaveTextContent(
    /^“condemned the move as ‘reckless and unlawful’”$/,
  )
})
