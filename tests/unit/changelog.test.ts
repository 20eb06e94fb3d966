import { expect, test } from 'vitest'
import { actors } from '../../data/actors'
import { datasetVersions } from '../../data/versions'
import { stanceMoves, statementChanges } from '../../src/lib/codebook/changelog'

const [first, second] = datasetVersions
const changes = statementChanges(first!.statements, second!.statements)
const change = (id: string) => changes.find((item) => item.id === id)

test('a quotation split off as its own statement shows as merged back into its act', () => {
  expect(change('turkiye-erdogan-negotiation-process')).toMatchObject({
    kind: 'merged',
    into: 'turkiye-support-for-operation',
  })
})

test('a relayed act given to its own actor shows as reassigned, new statements as added', () => {
  expect(change('us-state-department-readout')).toMatchObject({
    kind: 'reassigned',
    into: 'azerbaijan-aliyev-readiness',
  })
  expect(change('azerbaijan-restore-constitutional-order')).toMatchObject({ kind: 'added' })
})

test('recoded fields are listed with their old and new values', () => {
  const fieldsOf = (id: string) => {
    const found = change(id)
    return found?.kind === 'recoded' ? found.fields : []
  }
  expect(fieldsOf('karabakh-authorities-yevlakh-talks')).toContainEqual({
    field: 'channel',
    from: 'statement',
    to: 'unspecified',
  })
  expect(fieldsOf('turkiye-erdogan-unga')).toContainEqual({
    field: 'addressees',
    from: 'none',
    to: '["armenia"]',
  })
})

test('stance moves name the actor, the change of derivation and the statements behind it', () => {
  const summaries = (version: (typeof datasetVersions)[number]) =>
    actors.map((actor) => version.deriveStance(actor, version.statements))
  const moves = stanceMoves(summaries(first!), summaries(second!), changes)
  const turkiye = moves.find((move) => move.actorId === 'turkiye')
  expect(turkiye).toMatchObject({ moved: false })
  expect(turkiye?.from).toMatch(/2 × supports, 1 × calls-on-all-sides/)
  expect(turkiye?.to).toMatch(/^supports \(Decisive/)
  expect(turkiye?.because).toContain('turkiye-erdogan-negotiation-process')
  expect(moves.find((move) => move.actorId === 'armenia')?.because).toEqual([
    'armenia-condemns-aggression',
  ])
})
