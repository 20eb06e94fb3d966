import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from 'vitest'
import { codebook } from '../../data/codebook'
import { statements } from '../../data/statements'
import { statementsV3 } from '../../data/v3/statements'
import type { Statement } from '../../src/lib/schemas/statement'

// The codebook's relay rule, "Relayed words and acts", is shown in docs/codebook.md as a table of
// the article's relays, read both ways. Each row is checked against the dataset, so the rule, its
// examples and the coding cannot drift apart.

const document = readFileSync(resolve(import.meta.dirname, '../../docs/codebook.md'), 'utf8')

type Relay = { words: string; actorId: string; channel: string | null }

/** The rows of the worked example "relayed both ways": the words, the actor, the relayer's channel. */
function relayRows(): Relay[] {
  const from = document.indexOf('#### Worked example: relayed both ways')
  const table = document.slice(from).split('\n\n')[2] ?? ''
  return table
    .split('\n')
    .slice(2)
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .map(([, words = '', actor = '', relayer = '']) => ({
      words,
      actorId: /`([a-z-]+)`/.exec(actor)?.[1] ?? '',
      channel: /`([a-z-]+)`/.exec(relayer)?.[1] ?? null,
    }))
}

const restingOn = (words: string, data: readonly Statement[]) =>
  data.filter((statement) => statement.passage.text === words)

test('the worked example lists the article’s relays in both directions', () => {
  const rows = relayRows()
  expect(rows.map((row) => row.actorId)).toEqual([
    'azerbaijan',
    'karabakh-armenians',
    'karabakh-armenians',
    'united-states',
  ])
})

test('each relayed act is its actor’s statement, with the relayer’s channel', () => {
  for (const row of relayRows()) {
    const found = restingOn(row.words, statements)
    expect(
      found.map((statement) => statement.actorId),
      row.words,
    ).toEqual([row.actorId])
    if (row.channel) expect(found[0]?.channel, row.words).toBe(row.channel)
  }
})

test('the rule is written in the served codebook, with its reason', () => {
  const relay = codebook.rules?.find((rule) => rule.id === 'relay')
  expect(relay?.title).toBe('Relayed words and acts')
  expect(relay?.text).toContain('The rule applies whoever relays whom.')
  expect(relay?.text).toContain('Why this rule:')
})

test('dataset 2026-12-07.1, frozen as published, still gives the separatists’ acts to Azerbaijan', () => {
  // Not a rule: the record of what the relay rule changed, which the changelog computes.
  const [ceaseFire] = relayRows().slice(1)
  expect(restingOn(ceaseFire?.words ?? '', statementsV3).map((s) => s.actorId)).toEqual([
    'azerbaijan',
  ])
})
