import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'

// A source file that grows past this many lines is usually two things.
const limit = 250
// Vitest runs from the repository's root.
const root = process.cwd()
const rooms = ['src', 'data', 'mocks', 'hosting', 'scripts']

const sourceFiles = rooms.flatMap((room) =>
  readdirSync(join(root, room), { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.tsx?$/.test(path))
    .map((path) => `${room}/${path.replaceAll('\\', '/')}`)
    .sort(),
)

// Counted as `wc -l` and an editor count them: a last line ending in a newline starts no new one.
const lineCount = (path: string) => {
  const text = readFileSync(join(root, path), 'utf8')
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0)
}
const sizes = new Map(sourceFiles.map((path) => [path, lineCount(path)]))

test('every source file is found, so the check below has something to check', () => {
  expect(sourceFiles.length).toBeGreaterThan(100)
  expect(sourceFiles).toContain('src/main.tsx')
  expect(sourceFiles).toContain('data/source-text.ts')
})

test(`no source file is over ${limit} lines`, () => {
  const over = sourceFiles.flatMap((path) => {
    const lines = sizes.get(path) ?? 0
    return lines > limit ? [`${path}: ${lines} lines`] : []
  })
  expect(over).toEqual([])
})
