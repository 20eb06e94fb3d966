import { expect, test, vi } from 'vitest'
import { leavingQuestion } from '../../src/features/workspace/leaving-guard'
import { draftKey, readDraft, removeDraft, writeDraft } from '../../src/lib/workspace/form-drafts'

const key = draftKey('a-test-workspace', 'source:new')
const draft = {
  savedAt: '2026-01-05T10:00:00.000Z',
  fields: { title: 'Freedonia Gazette, a fictional paper', language: 'fr' },
  state: { text: 'Words typed before a reload.' },
}

test('a draft is kept under its form’s key until it is removed', () => {
  expect(readDraft(key)).toBeNull()
  expect(writeDraft(key, draft)).toBe(true)
  expect(readDraft(key)).toEqual(draft)
  expect(readDraft(draftKey('a-test-workspace', 'statement:freedonia@1'))).toBeNull()
  expect(readDraft(draftKey('another-workspace', 'source:new'))).toBeNull()
  removeDraft(key)
  expect(readDraft(key)).toBeNull()
})

test.each([
  ['broken JSON', '{"version": 1, "fields":'],
  ['another shape', JSON.stringify({ version: 1, fields: 'title' })],
  ['a later version', JSON.stringify({ version: 2, ...draft })],
])('an entry holding %s reads as no draft, and is dropped', (_, stored) => {
  localStorage.setItem(key, stored)
  expect(readDraft(key)).toBeNull()
  expect(localStorage.getItem(key)).toBeNull()
})

test('storage that refuses says so, and storage that throws reads as empty', () => {
  const refuse = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError')
  })
  expect(writeDraft(key, draft)).toBe(false)
  refuse.mockRestore()
  const blocked = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
    throw new DOMException('blocked', 'SecurityError')
  })
  expect(readDraft(key)).toBeNull()
  blocked.mockRestore()
})

test('the question before leaving names what is unsaved and whether its draft is kept', () => {
  expect(leavingQuestion([{ what: 'the source you are adding', kept: true }])).toBe(
    'The source you are adding is not saved yet. What you typed is kept as a draft in this browser and comes back when you return. Leave the workspace?',
  )
  expect(
    leavingQuestion([
      { what: 'the source you are adding', kept: true },
      { what: 'the statement you are coding from “Freedonia Gazette”', kept: false },
    ]),
  ).toBe(
    'The source you are adding and the statement you are coding from “Freedonia Gazette” are not saved yet. This browser would not keep a draft, so what you typed would be lost. Leave the workspace?',
  )
})
