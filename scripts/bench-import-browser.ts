import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Page } from 'playwright-core'
import { preview } from 'vite'
import { createDataPackage } from '../src/lib/workspace/data-package'
import { longest } from './bench-browser-figures'
import { entriesSchema, observe } from './bench-browser-page'
import { benchData } from './bench-import-data'
import { launchFreshChromium, previewPort } from './chromium'

/**
 * The import as the page runs it, in Chromium on the production build: a synthetic workspace (its
 * sources and `existing` statements) imported from its file, then `rows` more from a CSV. For
 * each, the time the worker took to read the file (while the progress line shows) and the
 * longest main-thread task meanwhile, then the time until the page says what it imported and the
 * longest task over the whole import, with the time from the worker's answer to the change written
 * and read back, and from then to the list drawn. Run after `npm run build`, through
 * `npm run bench:import -- --browser --existing 0`: the workspace file then holds only sources.
 */
export async function benchImportInBrowser(existing: number, rows: number) {
  const { workspace, csv } = benchData(existing, rows)
  const pack = JSON.stringify(await createDataPackage(workspace, new Date()))
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' })
  const { page, close } = await launchFreshChromium('bench-import')
  try {
    await page.addInitScript({ content: 'globalThis.__name ??= (target) => target' })
    await page.addInitScript(observe)
    await page.goto(`http://127.0.0.1:${previewPort(server)}/?view=workspace`)
    await page.getByRole('heading', { name: /^Your statements/ }).waitFor()
    const folder = mkdtempSync(join(tmpdir(), 'bench-import-'))
    const packPath = join(folder, 'synthetic-workspace.json')
    const csvPath = join(folder, 'synthetic-statements.csv')
    writeFileSync(packPath, pack)
    writeFileSync(csvPath, csv)
    const results = []
    for (const [label, path, input] of [
      [`the workspace file (${existing.toLocaleString('en')} statements)`, packPath, 'workspace'],
      [`the CSV (${rows.toLocaleString('en')} rows)`, csvPath, 'statements'],
    ] as const) {
      results.push({ label, ...(await timedImport(page, path, input)) })
    }
    rmSync(folder, { recursive: true, force: true })
    return results
  } finally {
    await close()
    await server.close()
  }
}

const settleTimeout = 5 * 60_000

async function timedImport(page: Page, path: string, input: 'workspace' | 'statements') {
  const now = () => page.evaluate(() => performance.now())
  const status = page.getByRole('region', { name: 'Import and export' }).getByText(/^Imported /)
  const progress = page.locator('.workspace-progress')
  const started = await now()
  const wall = performance.now()
  await page
    .getByLabel(input === 'workspace' ? 'Import a workspace (.json)' : 'Import statements (.csv)')
    // From a file on disk: a file given as bytes is decoded by script in the page, a main-thread
    // task of the harness's that would be counted as the page's.
    .setInputFiles(path, { timeout: 15 * 60_000 })
  await progress.waitFor({ state: 'attached', timeout: 60_000 })
  await progress.waitFor({ state: 'detached', timeout: 15 * 60_000 })
  // When the worker's answer reached the page, and when it was written, as the page marked them.
  const mark = (name: string) =>
    page.evaluate((entry) => performance.getEntriesByName(entry).at(-1)?.startTime ?? 0, name)
  const read = await mark('workspace-import-read')
  // The page then writes the statements and draws its list of them; a build whose list drew
  // every one took minutes at tens of thousands, so the wait is bounded.
  const finished = await status
    .waitFor({ timeout: settleTimeout })
    .then(() => true)
    .catch(() => false)
  const written = await mark('workspace-import-written')
  const drawn = await mark('workspace-statements-drawn')
  const done = finished ? await now() : null
  const ms = finished ? performance.now() - wall : null
  const { tasks } = entriesSchema.parse(
    await page.evaluate((): unknown => Reflect.get(window, 'benchEntries')),
  )
  return {
    ms: ms === null ? null : Math.round(ms),
    readMs: Math.round(read - started),
    writtenMs: written > started ? Math.round(written - started) : null,
    // From the worker's answer to the change written in IndexedDB and read back.
    writeMs: written > read ? Math.round(written - read) : null,
    // From then until the list of statements has drawn them.
    listMs: drawn > written ? Math.round(drawn - written) : null,
    longestWhileReadingMs: Math.round(longest(tasks, started, read)),
    longestOverallMs: done === null ? null : Math.round(longest(tasks, started, done)),
  }
}

export function printBrowserFigures(results: Awaited<ReturnType<typeof benchImportInBrowser>>) {
  console.log('in Chromium, production build:')
  for (const result of results) {
    const whole =
      result.ms === null
        ? `the page had not shown it imported after ${settleTimeout / 60_000} minutes more`
        : `imported after ${result.ms} ms, longest main-thread task over the whole import ${result.longestOverallMs ?? 0} ms`
    console.log(
      `  ${result.label}: read by the worker in ${result.readMs} ms, longest main-thread task meanwhile ${result.longestWhileReadingMs} ms; written to IndexedDB and read back in ${result.writeMs ?? '(not yet)'} ms more (${result.writtenMs ?? '–'} ms in all); the list drawn ${result.listMs ?? '(not yet)'} ms after; ${whole}`,
    )
  }
  console.log(
    `load average ${loadavg()
      .map((load) => load.toFixed(2))
      .join(', ')}`,
  )
}
