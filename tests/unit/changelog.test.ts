import { expect, test } from 'vitest'
import { actors } from '../../data/actors'
import { datasetVersions } from '../../data/versions'
import { stanceMoves, statementChanges } from '../../src/lib/codebook/changelog'
import { actorNames } from '../../src/lib/actor-names'
import { describeStatementChange } from '../../src/lib/codebook/changelog-words'
import { describeStanceMove } from '../../src/lib/codebook/stance-move-words'
import { labels } from '../mock-dataset'

const [first, second] = datasetVersions
const changes = statementChanges(first!.statements, second!.statements)
const change = (id: string) => changes.find((item) => item.id === id)
const words = { labels, actorName: actorNames(actors) }
const sentence = (id: string) => describeStatementChange(change(id)!, words)

test('a quotation split off as its own statement shows as merged back into its act', () => {
  const merged = change('turkiye-erdogan-negotiation-process')
  expect(merged).toMatchObject({ kind: 'merged' })
  expect(merged?.kind === 'merged' && merged.into.id).toBe('turkiye-support-for-operation')
  expect(sentence('turkiye-erdogan-negotiation-process')).toBe(
    'Türkiye: the statement from the words that begin “with President Recep Tayyip Erdoğan, saying” is no longer one of its own; it is now part of its statement that begins “Türkiye expressed support for Baku’s operation”, as one act of speech.',
  )
})

test('a relayed act given to its own actor shows as reassigned, new statements as added', () => {
  const reassigned = change('us-state-department-readout')
  expect(reassigned?.kind === 'reassigned' && reassigned.into.id).toBe(
    'azerbaijan-aliyev-readiness',
  )
  expect(sentence('us-state-department-readout')).toMatch(
    /^United States: the statement from “In a readout of the call, .*” is now coded as a statement of Azerbaijan, the actor whose act it reports, not of United States\.$/,
  )
  expect(change('azerbaijan-restore-constitutional-order')).toMatchObject({ kind: 'added' })
})

test('recoded fields are said in words: channel, addressees, positions, explicitness', () => {
  expect(sentence('karabakh-authorities-yevlakh-talks')).toContain(
    'the channel: now not stated, before statement',
  )
  expect(sentence('turkiye-erdogan-unga')).toContain('addressed to: now Armenia, before no one')
  const support = sentence('turkiye-support-for-operation')
  expect(support).toMatch(
    /^Türkiye, the statement that begins “Türkiye expressed support for Baku’s operation”: /,
  )
  expect(support).toContain('positions added: Negotiations; positions dropped: Backs Azerbaijan')
  expect(support).toContain('the article is now read as naming its stance explicitly')
  expect(support).toContain(
    'a quotation is now recorded: “We have supported the negotiation process between Azerbaijan and Armenia from the beginning. However, we see that Armenia has not fully seized this historic opportunity.”',
  )
  expect(sentence('european-union-condemnation')).toContain(
    'its passage now takes in the full stop that ends it',
  )
  expect(sentence('us-blinken-calls')).toContain(
    'a later mention in the article is now counted as part of it: “the U.S. called on Baku to halt hostilities”',
  )
})

test('stance moves say the stance and how it was derived before and after, in words', () => {
  const summaries = (version: (typeof datasetVersions)[number]) =>
    actors.map((actor) => version.deriveStance(actor, version.statements))
  const moves = stanceMoves(summaries(first!), summaries(second!), changes)
  const turkiye = moves.find((move) => move.actorId === 'turkiye')
  expect(turkiye).toMatchObject({ moved: false })
  expect(turkiye?.because.map((item) => item.id)).toContain('turkiye-erdogan-negotiation-process')
  expect(describeStanceMove(turkiye!, words)).toBe(
    'Türkiye: still supports the operation. Before, the most frequent stance of its 3 statements with a stance (2 coded supports the operation and 1 coded calls on all sides); now, decisive: one statement states it explicitly, and one statement more with a stance does not change it. 3 statements of Türkiye changed, as listed under Statements.',
  )
  expect(moves.find((move) => move.actorId === 'armenia')?.because.map((item) => item.id)).toEqual([
    'armenia-condemns-aggression',
  ])
})
