import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'

// The styles and the locale are the official files, byte for byte: each one's git blob id is the
// one recorded in src/lib/csl/README.md for the commit it was copied from, which anyone can check
// against the repository (`git ls-tree <commit> <file>`).
const official = {
  'apa.csl': ['9bc45ef6289bb2f933a0fd9a44640baa34a3191e', 'http://www.zotero.org/styles/apa'],
  'chicago-author-date.csl': [
    '78652be4c1a2b5d7c47d5b74ffb7dcd94a67ed30',
    'http://www.zotero.org/styles/chicago-author-date',
  ],
  'modern-language-association.csl': [
    '233c13d8a6964849cb07803b857a564bfa331674',
    'http://www.zotero.org/styles/modern-language-association',
  ],
  'harvard-cite-them-right.csl': [
    'b177f1bdc692f67e3279bd8e7f4a93c2f36bb51c',
    'http://www.zotero.org/styles/harvard-cite-them-right',
  ],
  'locales-en-US.xml': ['0d74676be4376660f43f2fdb4bf7cade9cf15fe6', null],
} as const

const gitBlobId = (bytes: Buffer) =>
  createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
    .digest('hex')

test.each(Object.entries(official))(
  '%s is the official file, with its licence',
  (file, [blob, id]) => {
    const bytes = readFileSync(`src/lib/csl/${file}`)
    expect(gitBlobId(bytes)).toBe(blob)
    const text = bytes.toString('utf8')
    expect(text).toContain(
      '<rights license="http://creativecommons.org/licenses/by-sa/3.0/">This work is licensed under a Creative Commons Attribution-ShareAlike 3.0 License</rights>',
    )
    if (id) expect(text).toContain(`<id>${id}</id>`)
  },
)

test('the README records each file’s blob and the commits they were copied from', () => {
  const readme = readFileSync('src/lib/csl/README.md', 'utf8')
  for (const [file, [blob]] of Object.entries(official))
    expect(readme).toMatch(new RegExp(`\`${file}\`.*\`${blob}\``))
  expect(readme).toContain('0819c0e0b7d4a0301ff063521f91818cb697ca5b')
  expect(readme).toContain('938c09c164a60b3cfeabe61089f1bf4c3ea6a4ed')
})
