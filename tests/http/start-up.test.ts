import { spawn } from 'node:child_process'
import { createServer, type Server } from 'node:net'
import { afterAll, beforeAll, expect, test, vi } from 'vitest'

// `npm run api` as a person starts it: in its own process, reading what it prints.
// Each start compiles the server with tsx, which takes seconds on a busy machine.
vi.setConfig({ testTimeout: 120_000 })

let taken: Server
let takenPort = 0
beforeAll(async () => {
  taken = createServer()
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve))
  const address = taken.address()
  if (!address || typeof address === 'string') throw new Error('no port')
  takenPort = address.port
})
afterAll(() => new Promise((resolve) => taken.close(resolve)))

/**
 * Runs the API with `args` and `PORT`, collecting its output until it exits or prints `until`;
 * a server still running then is stopped.
 */
function runApi(args: string[], port: number, until?: RegExp) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'mocks/serve/http-server.ts', ...args],
    // Never left running, whatever the test makes of it.
    { env: { ...process.env, PORT: String(port) }, timeout: 100_000 },
  )
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (data: Buffer) => {
    stdout += data.toString('utf8')
    if (until?.test(stdout)) child.kill()
  })
  child.stderr.on('data', (data: Buffer) => (stderr += data.toString('utf8')))
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  )
}

test('a port in use is named in one line with the variable that changes it, and the start fails', async () => {
  const { code, stdout, stderr } = await runApi([], takenPort)
  expect(code).not.toBe(0)
  expect(code).not.toBeNull()
  expect(stderr.trim().split('\n')).toEqual([
    expect.stringMatching(new RegExp(`Port ${takenPort} .*in use.*PORT=`)),
  ])
  expect(stdout).not.toContain('listening')
})

test('a long start says what it is doing, then how long it took', async () => {
  const { stdout } = await runApi(
    ['--dataset', 'synthetic', '--size', '2000'],
    0,
    /listening on .*ready in \d+\.\d s/,
  )
  const lines = stdout.trim().split('\n')
  expect(lines[0]).toBe('Generating the synthetic corpus (2,000 statements)…')
  expect(lines.at(-1)).toMatch(/^Mock API listening on http:\/\/127\.0\.0\.1:\d+\/api .*ready in/)
})
