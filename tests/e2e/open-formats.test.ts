import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { expect, test } from 'vitest'
import { readZip } from '../zip-read'
import { appBrowser, screenshotDir, viewports } from './browser'

const { open } = appBrowser()

// The page's own downloads for data tools, made in Chromium (its CompressionStream, the Parquet
// writer as the build bundles it), read by DuckDB as an analyst would.
test('the page’s Parquet file and data package open in DuckDB with the view’s statements', async () => {
  const { page, context, errors } = await open('/?stance=condemns,urges-halt', {
    acceptDownloads: true,
    viewport: viewports.desktop,
  })
  const count = page.getByText(/^Showing \d+ of \d+ actors · (\d+) matching statements/)
  await count.waitFor()
  const shown = Number(/· (\d+) matching/.exec((await count.textContent()) ?? '')?.[1])
  const folder = join(screenshotDir, 'open-formats')
  mkdirSync(folder, { recursive: true })
  const saved: Record<string, string> = {}
  for (const name of ['Parquet', 'data package']) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Download ${name}` }).click(),
    ])
    const file = join(folder, download.suggestedFilename())
    writeFileSync(file, readFileSync(await download.path()))
    saved[name] = file
    await page
      .getByRole('status')
      .filter({ hasText: `Downloaded ${shown} statements as ${download.suggestedFilename()}.` })
      .waitFor()
  }
  expect(saved.Parquet).toMatch(/reactions_karabakh-2023_condemns-urges-halt_[\d-]+\.parquet$/)
  expect(saved['data package']).toMatch(/_condemns-urges-halt_datapackage_[\d-]+\.zip$/)
  for (const entry of readZip(readFileSync(saved['data package'] ?? '')))
    writeFileSync(join(folder, entry.name), entry.bytes)

  const duck = await (await DuckDBInstance.create(':memory:')).connect()
  try {
    const read = async (sql: string) => (await duck.runAndReadAll(sql)).getRowObjectsJson()
    const parquet = `'${saved.Parquet}'`
    expect(
      await read(
        `SELECT count(*)::INTEGER AS statements, typeof(any_value(date_earliest)) AS day,
                typeof(any_value(span_start)) AS offset, typeof(any_value(quotes)) AS quotes
         FROM ${parquet}`,
      ),
    ).toEqual([{ statements: shown, day: 'DATE', offset: 'INTEGER', quotes: 'VARCHAR[]' }])
    expect(
      await read(`SELECT stance, quotes FROM ${parquet} WHERE statement_id = 'us-blinken-calls'`),
    ).toEqual([{ stance: 'urges-halt', quotes: ['immediately cease military actions'] }])
    const csv = join(folder, 'statements.csv')
    expect(
      await read(
        `SELECT count(*)::INTEGER AS statements, count(DISTINCT statement_id)::INTEGER AS ids
         FROM read_csv('${csv}', header = true, types = {'date_earliest': 'DATE', 'span_start': 'INTEGER'})`,
      ),
    ).toEqual([{ statements: shown, ids: shown }])
  } finally {
    duck.closeSync()
  }
  expect(errors).toEqual([])
  await context.close()
})
