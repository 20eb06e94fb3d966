import { expect, test } from 'vitest'
import { formatStatementDate } from '../../src/lib/format'

test('a day the source words is shown with its weekday and its words', () => {
  expect(
    formatStatementDate({ earliest: '2023-09-20', latest: '2023-09-20', asWritten: 'Wednesday' }),
  ).toBe('Wednesday 20 September 2023 (“Wednesday”)')
})

test('a day the source does not give has no weekday beside “no day given”', () => {
  const shown = formatStatementDate({
    earliest: '2026-12-07',
    latest: '2026-12-07',
    asWritten: null,
  })
  expect(shown).toBe('7 December 2026 (no day given)')
  expect(shown).not.toMatch(/day \d/)
})

test('a span the source does not narrow is shown as the span', () => {
  expect(
    formatStatementDate({ earliest: '2023-09-19', latest: '2023-09-20', asWritten: null }),
  ).toBe('19 Sept – 20 Sept 2023 (no day given)')
})
