import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, test } from 'vitest'
import { actors } from '../../mocks/data/actors'
import { event } from '../../mocks/data/event'
import { source } from '../../mocks/data/source'
import { statements } from '../../mocks/data/statements'
import { actorSchema } from '../../src/lib/schemas/actor'
import { eventSchema } from '../../src/lib/schemas/event'
import { statementSchema } from '../../src/lib/schemas/statement'
import { findDataProblems, reactingActorIds } from './data-checks'

// The article as shipped beside the repository; absent on a machine that only has the repository.
const seed = resolve(import.meta.dirname, '../../../shared/seed/000_769a9e1e10ff5aa3.txt')

test.runIf(existsSync(seed))(
  'the dataset holds the article exactly as the seed file has it',
  () => {
    expect(source.text).toBe(readFileSync(seed, 'utf8'))
  },
)

test('every record matches its schema', () => {
  for (const actor of actors) expect(actorSchema.safeParse(actor).error).toBeUndefined()
  for (const statement of statements) {
    expect(statementSchema.safeParse(statement).error, statement.id).toBeUndefined()
  }
  expect(eventSchema.safeParse(event).error).toBeUndefined()
})

test('the dataset as coded has no honesty problem', () => {
  expect(findDataProblems({ actors, statements, source, event })).toEqual([])
})

test('each of the eight reacting actors has at least one statement', () => {
  for (const id of reactingActorIds) {
    expect(
      statements.some((statement) => statement.actorId === id),
      id,
    ).toBe(true)
  }
})

test('the EU, France and Germany are only paraphrased, as in the article', () => {
  for (const id of ['european-union', 'france', 'germany']) {
    const own = statements.filter((statement) => statement.actorId === id)
    expect(own.length).toBeGreaterThan(0)
    for (const statement of own) {
      expect(statement.textKind).toBe('paraphrase')
      expect(statement.quotes).toEqual([])
    }
  }
})

// The checks must catch a broken record: each case below breaks one thing and expects a problem.
describe('a deliberately broken record is caught', () => {
  const base = { actors, statements, source, event }
  const first = statements[0]!
  const replaceFirst = (patch: Partial<typeof first>) => ({
    ...base,
    statements: [{ ...first, ...patch }, ...statements.slice(1)],
  })

  test('a misquote (one word changed)', () => {
    const quote = first.quotes[0]!
    const broken = replaceFirst({
      quotes: [{ ...quote, text: quote.text.replace('immediately', 'promptly') }],
    })
    expect(findDataProblems(broken).join('\n')).toMatch(/quote .* does not match the source/)
  })

  test('a quote whose offsets point elsewhere', () => {
    const quote = first.quotes[0]!
    const broken = replaceFirst({
      quotes: [{ ...quote, start: quote.start + 1, end: quote.end + 1 }],
    })
    expect(findDataProblems(broken).join('\n')).toMatch(/does not match the source/)
  })

  test('an invented quote: words of the article that it does not put in quotation marks', () => {
    const { passage } = first
    const words = 'held calls with both Aliyev'
    const start = passage.start + passage.text.indexOf(words)
    const broken = replaceFirst({ quotes: [{ start, end: start + words.length, text: words }] })
    expect(findDataProblems(broken).join('\n')).toMatch(/not inside quotation marks/)
  })

  test('a quote for an actor the article only paraphrases', () => {
    const eu = statements.find((statement) => statement.actorId === 'european-union')!
    const broken = {
      ...base,
      statements: statements.map((statement) =>
        statement === eu ? { ...eu, textKind: 'quote' as const } : statement,
      ),
    }
    expect(findDataProblems(broken).join('\n')).toMatch(/marked as a quote but has no quoted words/)
  })

  test('a missing actor', () => {
    const broken = {
      ...base,
      statements: statements.filter((statement) => statement.actorId !== 'germany'),
    }
    expect(findDataProblems(broken).join('\n')).toMatch(/germany has no statement/)
  })

  test('a statement pointing at an unknown actor or source', () => {
    const broken = replaceFirst({ actorId: 'atlantis', sourceId: 'nowhere' })
    const problems = findDataProblems(broken).join('\n')
    expect(problems).toMatch(/unknown actor "atlantis"/)
    expect(problems).toMatch(/unknown source "nowhere"/)
  })

  test('a date written in words the article does not use', () => {
    const broken = replaceFirst({ date: { ...first.date, asWritten: 'on Monday morning' } })
    expect(findDataProblems(broken).join('\n')).toMatch(
      /date "on Monday morning" is not in the source/,
    )
  })
})
