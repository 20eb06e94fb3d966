import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, test } from 'vitest'
import { actors } from '../../data/actors'
import { codebook } from '../../data/codebook'
import { event } from '../../data/event'
import { statements } from '../../data/statements'
import { codebookV2 } from '../../data/v2/codebook'
import { statementsV2 } from '../../data/v2/statements'
import { cameoOf } from '../../src/lib/codebook/cameo'
import { deriveStanceSummary } from '../../src/lib/codebook/derive-stance'
import { genericTerms, termsOf } from '../../src/lib/codebook/event-terms'
import { codebookLabels } from '../../src/lib/labels'
import { articleExample, fictionalExample, type WorkedExample } from '../fixtures/worked-examples'

// Codebook 3's rule replayed on its two worked examples, which docs/codebook.md shows as tables:
// each row is what the rule gives, so the document cannot say one thing while the code does another.

const fold = (text: string) => text.replace(/\s+/g, ' ').replace(/ ?\| ?/g, '|')
const documentText = fold(
  readFileSync(resolve(import.meta.dirname, '../../docs/codebook.md'), 'utf8'),
)

/** Each statement of an example as the rule codes it: the row the document shows for it. */
function replay(example: WorkedExample) {
  const own = codebookLabels(codebook, termsOf(example.event))
  const generic = codebookLabels(codebook, genericTerms)
  return example.statements.map((statement) => {
    const actor = example.actors.find((candidate) => candidate.id === statement.actorId)
    if (!actor) throw new Error(`No actor ${statement.actorId}.`)
    const summary = deriveStanceSummary(actor, [statement])
    const cameo = cameoOf(statement)
    const stance = summary.stance
    return {
      actorId: actor.id,
      own: stance ? own.stance(stance) : 'not placed',
      row: `| ${actor.shortName} | ${statement.passage.text} | ${stance ? own.stance(stance) : 'not placed (a party)'} | ${stance ? generic.stance(stance) : '—'} | ${cameo.code} ${cameo.name} |`,
    }
  })
}

describe.each([
  ['the article’s event', articleExample],
  ['a fictional border closure', fictionalExample],
])('worked example: %s', (_, example) => {
  test('the document shows each statement as the rule codes it', () => {
    for (const { row } of replay(example)) expect(documentText).toContain(fold(row))
  })
})

test('the same rule names each event’s own initiator and action', () => {
  const article = new Map(replay(articleExample).map((row) => [row.actorId, row.own]))
  expect(article.get('united-states')).toBe('Urges Azerbaijan to halt')
  expect(article.get('european-union')).toBe('Condemns the operation')
  const fictional = new Map(replay(fictionalExample).map((row) => [row.actorId, row.own]))
  expect(fictional.get('turkiye')).toBe('Urges Norvania to halt')
  expect(fictional.get('france')).toBe('Condemns the border closure')
  // Deploring the closure without a call is criticism short of condemnation, rank 3; concern
  // about tension that blames no one is rank 2; the initiator itself is never placed.
  expect(fictional.get('european-union')).toBe('Urges Norvania to halt')
  expect(fictional.get('germany')).toBe('Calls on all sides')
  expect(fictional.get('norvania')).toBe('not placed')
  for (const { row } of replay(fictionalExample)) expect(row).not.toMatch(/Azerbaijan|operation/)
})

test('the article’s actors keep their stance and its words from codebook 2 to codebook 3', () => {
  const before = codebookLabels(codebookV2)
  const after = codebookLabels(codebook, termsOf(event))
  for (const actor of actors) {
    const old = deriveStanceSummary(actor, statementsV2)
    const now = deriveStanceSummary(actor, statements)
    expect(now.stance, actor.id).toBe(old.stance)
    if (old.stance && now.stance) expect(after.stance(now.stance)).toBe(before.stance(old.stance))
  }
})
