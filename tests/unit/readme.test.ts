import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { expect, test } from 'vitest'
import { z } from 'zod'

const root = resolve(import.meta.dirname, '../..')
const read = (path: string) => readFileSync(join(root, path), 'utf8')
const readme = read('README.md')
const documents = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
]

// The commands of the fenced shell blocks, with comments dropped and `a && b` taken apart.
const shellCommands = (markdown: string) =>
  [...markdown.matchAll(/```(?:sh|bash)\n([\s\S]*?)```/g)]
    .flatMap(([, block = '']) => block.split('\n'))
    .flatMap((line) => line.replace(/\s#.*$/, '').split('&&'))
    .map((command) => command.trim())
    .filter((command) => command !== '')

// GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens.
const anchorOf = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-')

const anchorsIn = (markdown: string) =>
  new Set(
    [...withoutCode(markdown).matchAll(/^#{1,6} (.+)$/gm)].map(([, heading = '']) =>
      anchorOf(heading),
    ),
  )

// Code is left out so that an example such as `[text](url)` inside it is not taken for a link.
const withoutCode = (markdown: string) =>
  markdown
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`\n]*`/g, (code) => code.replace(/[[\]()]/g, ''))

const linksIn = (markdown: string) =>
  [...withoutCode(markdown).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map(
    ([, target = '']) => target,
  )

test('the README can be read in five minutes: 200 lines at most', () => {
  expect(readme.trimEnd().split('\n').length).toBeLessThanOrEqual(200)
})

test('the README gives the set-up commands within its first 40 lines, and they are true', () => {
  const commands = shellCommands(readme.split('\n').slice(0, 40).join('\n'))
  const scripts = z
    .object({ scripts: z.record(z.string(), z.string()) })
    .parse(JSON.parse(read('package.json'))).scripts

  // One line installs and starts the dashboard; the tests are run as CI runs them.
  expect(commands).toContain('npm ci')
  expect(commands).toContain('npm start')
  expect(commands).toContain('npm test')
  expect(read('.ci/run').split('\n')).toContain('npm test')
  for (const command of commands) {
    const script = /^npm (?:run (\S+)|(start|test))\b/.exec(command)
    if (script) expect(scripts, command).toHaveProperty([script[1] ?? script[2] ?? ''])
  }
})

test('every relative link in the README and docs/ points at a file and heading that exist', () => {
  const broken = documents.flatMap((document) =>
    linksIn(read(document))
      .filter((target) => !/^[a-z][a-z\d+.-]*:/i.test(target))
      .filter((target) => {
        const [path = '', anchor] = target.split('#')
        const file =
          path === '' ? join(root, document) : resolve(dirname(join(root, document)), path)
        if (!existsSync(file)) return true
        if (anchor === undefined || !file.endsWith('.md')) return false
        return !anchorsIn(readFileSync(file, 'utf8')).has(decodeURIComponent(anchor))
      })
      .map((target) => `${document} → ${target}`),
  )
  expect(broken).toEqual([])
})

test('the README links every document in docs/', () => {
  const linked = new Set(linksIn(readme).map((target) => target.split('#')[0]))
  expect(documents.filter((document) => document !== 'README.md' && !linked.has(document))).toEqual(
    [],
  )
})
