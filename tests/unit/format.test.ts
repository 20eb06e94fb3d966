import { expect, test } from 'vitest'
import { formatDay } from '../../src/lib/format'

test('a day reads the same in every time zone', () => {
  expect(formatDay('2023-09-20')).toBe('20 September 2023')
  expect(formatDay('2023-09-01')).toBe('1 September 2023')
})
