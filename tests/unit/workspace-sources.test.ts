import { expect, test } from 'vitest'
import {
  applyChange,
  deleteStatementChange,
  editSourceChange,
  putChange,
} from '../../src/lib/workspace/changes'
import { htmlToText } from '../../src/lib/workspace/html-to-text'
import { quotationProblem } from '../../src/lib/workspace/quotation'
import { emptyWorkspace } from '../../src/lib/workspace/records'
import { fictionalText, sourceVersion, statementAt } from './workspace-fixtures'

test('HTML is reduced to its text: no script runs, no image loads, entities are decoded', () => {
  const html = `<html><head><title>Ignored</title><script>window.ran = true</script></head>
  <body><h1>Freedonia&nbsp;votes</h1><p>Minister&rsquo;s words: &ldquo;We stand&rdquo; &amp; more.</p>
  <img src="x" onerror="window.ran = true"><script>document.title = 'hacked'</script>
  <p>Second <b>paragraph</b>.</p></body></html>`
  const text = htmlToText(html)
  expect(text).toBe(
    'Freedonia\u00a0votes\n\nMinister’s words: “We stand” & more.\n\nSecond paragraph.',
  )
  expect('ran' in window).toBe(false)
  expect(document.title).not.toBe('hacked')
  expect(document.querySelector('img')).toBeNull()
})

test('a quotation inside the source’s quotation marks passes; reported speech gets a reason', () => {
  const inside = fictionalText.indexOf('We stand')
  expect(quotationProblem({ start: inside, end: inside + 8 }, fictionalText)).toBeUndefined()
  const outside = fictionalText.indexOf('Moscow urged')
  expect(quotationProblem({ start: outside, end: outside + 12 }, fictionalText)).toMatch(
    /is not inside the source’s quotation marks/,
  )
  const across = fictionalText.indexOf('morning: “We')
  expect(quotationProblem({ start: across, end: across + 12 }, fictionalText)).toMatch(/not inside/)
})

test('an edit to a version nothing points into changes it in place', () => {
  const data = applyChange(emptyWorkspace, putChange({ sources: [sourceVersion()] }))
  const edited = applyChange(
    data,
    editSourceChange(data, sourceVersion(), { ...sourceVersion(), title: 'Retitled' }, 'now'),
  )
  expect(edited.sources).toEqual([sourceVersion({ title: 'Retitled' })])
})

test('an edit to a frozen version makes version 2; the statement keeps pointing at version 1', () => {
  const statement = statementAt('Moscow urged both sides')
  const data = applyChange(
    emptyWorkspace,
    putChange({ sources: [sourceVersion()], statements: [statement] }),
  )
  const newText = `${fictionalText} A later paragraph.`
  const edited = applyChange(
    data,
    editSourceChange(
      data,
      sourceVersion(),
      { ...sourceVersion(), text: newText },
      '2026-01-06T10:00:00.000Z',
    ),
  )
  expect(edited.sources).toEqual([
    sourceVersion(),
    sourceVersion({ version: 2, text: newText, addedAt: '2026-01-06T10:00:00.000Z' }),
  ])
  expect(edited.statements).toEqual([statement])
})

test('deleting a statement can be undone exactly', () => {
  const statement = statementAt('Moscow urged both sides')
  const data = applyChange(emptyWorkspace, putChange({ statements: [statement] }))
  const removal = deleteStatementChange(data, statement.id)
  if (!removal) throw new Error('the statement should be found')
  const deleted = applyChange(data, removal.change)
  expect(deleted.statements).toEqual([])
  expect(applyChange(deleted, removal.undo)).toEqual(data)
})
