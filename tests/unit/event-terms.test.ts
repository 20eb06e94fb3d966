import { expect, test } from 'vitest'
import {
  fillTerms,
  genericTerms,
  speaksOfTheEvent,
  termsOf,
} from '../../src/lib/codebook/event-terms'

// A fictional event, written for these tests: Norvania closes its border with a neighbour.
const norvania = {
  initiator: { name: 'Norvania' },
  action: { short: 'the border closure' },
}
const article = { initiator: { name: 'Azerbaijan' }, action: { short: 'the operation' } }

test('one template reads in each event’s own words', () => {
  expect(fillTerms('Urges {initiator} to halt', termsOf(article))).toBe('Urges Azerbaijan to halt')
  expect(fillTerms('Urges {initiator} to halt', termsOf(norvania))).toBe('Urges Norvania to halt')
  expect(fillTerms('Condemns {action}', termsOf(norvania))).toBe('Condemns the border closure')
})

test('a view across events reads in generic words', () => {
  expect(fillTerms('Urges {initiator} to halt', genericTerms)).toBe('Urges the initiator to halt')
  expect(fillTerms('Supports {action}', genericTerms)).toBe('Supports the action')
  // An event that does not say who acted or what they did is read generically, never as the article's.
  expect(termsOf({})).toEqual(genericTerms)
  expect(termsOf(null)).toEqual(genericTerms)
})

test('a placeholder that opens a sentence is written with a capital; possessives follow the name', () => {
  expect(fillTerms('{action} is condemned', termsOf(norvania))).toBe(
    'The border closure is condemned',
  )
  expect(fillTerms('Backs {initiator’s} aims', termsOf(article))).toBe('Backs Azerbaijan’s aims')
  expect(fillTerms('Backs {initiator’s} aims', { initiator: 'the Philippines', action: 'x' })).toBe(
    'Backs the Philippines’ aims',
  )
  expect(fillTerms('Backs {initiator’s} aims', { initiator: 'Philippines', action: 'x' })).toBe(
    'Backs Philippines’ aims',
  )
})

test('texts of the codebooks written for one event are left as they are', () => {
  expect(fillTerms('Urges Azerbaijan to halt', termsOf(norvania))).toBe('Urges Azerbaijan to halt')
  expect(speaksOfTheEvent('Urges Azerbaijan to halt')).toBe(false)
  expect(speaksOfTheEvent('Urges {initiator} to halt')).toBe(true)
})
