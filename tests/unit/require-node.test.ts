import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { expect, test } from 'vitest'
import { z } from 'zod'

const root = resolve(import.meta.dirname, '../..')
const read = (path: string) => readFileSync(join(root, path), 'utf8')

/** The guard run by this Node, made to report `version` as its own. */
const guardOn = (version: string) =>
  spawnSync(
    process.execPath,
    [
      '-e',
      `Object.defineProperty(process, 'versions', { value: { ...process.versions, node: '${version}' } }); require('./scripts/require-node.cjs')`,
    ],
    { cwd: root, encoding: 'utf8' },
  )

/** The README's commands for Node 24 on an older system: the block after "On an older system Node". */
const readmeWay = () => {
  const after = read('README.md').split('On an older system Node')[1] ?? ''
  const block = /```sh\n([\s\S]*?)```/.exec(after)?.[1] ?? ''
  return block
    .split('\n')
    .flatMap((line) => line.split('&&'))
    .map((command) => command.trim())
    .filter(Boolean)
}

test.each(['20.20.2', '18.19.0', '22.11.0'])(
  'on Node %s the guard stops with one line: the version needed and the README’s way to get it',
  (version) => {
    const run = guardOn(version)
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    const lines = run.stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain(`needs Node 22.12 or newer; this is Node ${version}.`)
    const commands = readmeWay()
    expect(commands.length).toBeGreaterThanOrEqual(4)
    for (const command of commands) expect(lines[0]).toContain(command)
  },
)

test.each(['22.12.0', '23.0.0', '24.11.1'])('on Node %s the guard says nothing', (version) => {
  const run = guardOn(version)
  expect([run.status, run.stdout, run.stderr]).toEqual([0, '', ''])
})

test('npm runs the guard before installing and before the tests, and refuses an old Node itself', () => {
  const { scripts, engines } = z
    .object({ scripts: z.record(z.string(), z.string()), engines: z.object({ node: z.string() }) })
    .parse(JSON.parse(read('package.json')))
  expect(scripts.preinstall).toBe('node scripts/require-node.cjs')
  expect(scripts.pretest).toBe('node scripts/require-node.cjs')
  expect(engines.node).toBe('>=22.12')
  // npm runs the root package's `preinstall` only after it has installed the dependencies;
  // engine-strict makes `npm ci` refuse an old Node before it touches node_modules.
  expect(read('.npmrc').split('\n')).toContain('engine-strict=true')
})
