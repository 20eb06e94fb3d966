import { expect, test } from 'vitest'
import { slugsAndBrackets } from '../plain-text'

test('the scan finds ids, slugs, brackets and arrays, and passes plain words', () => {
  expect(slugsAndBrackets('Before: urges-halt')).toHaveLength(1)
  expect(slugsAndBrackets('Statements that changed: us-blinken-calls')).toHaveLength(1)
  expect(slugsAndBrackets('addressees none → ["armenia"]')).not.toHaveLength(0)
  expect(slugsAndBrackets('now “Supports {action}”')).toHaveLength(2)
  expect(slugsAndBrackets('for turkiye')).toHaveLength(1)
  expect(
    slugsAndBrackets('Türkiye: still supports the operation. The cease-fire; Backs Armenia.'),
  ).toEqual([])
})
