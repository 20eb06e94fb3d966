import { expose } from 'comlink'
import { File as NodeFile } from 'node:buffer'
import { afterEach, expect, test, vi } from 'vitest'
import { applyChange, putChange } from '../../src/lib/workspace/changes'
import { createImportRunner, ImportCancelled } from '../../src/lib/workspace/import-client'
import { createImportService } from '../../src/lib/workspace/import-service'
import { emptyWorkspace } from '../../src/lib/workspace/records'
import { sourceVersion } from './workspace-fixtures'

// The worker's side and the page's, joined by a message channel as a Worker joins them; Node's
// File crosses it as a browser's File crosses to a worker.
const channels: MessageChannel[] = []
function workerServing(service: object) {
  const channel = new MessageChannel()
  channels.push(channel)
  expose(service, channel.port1)
  const terminate = vi.fn(() => channel.port1.close())
  return { worker: Object.assign(channel.port2, { terminate }), terminate }
}
afterEach(() => {
  for (const channel of channels.splice(0)) {
    channel.port1.close()
    channel.port2.close()
  }
})

const data = applyChange(emptyWorkspace, putChange({ sources: [sourceVersion()] }))
const context = { data, datasetActorIds: [] }
const header = 'id,source,actor,passage,quote,stance,channel'

test('a file is read in the worker, which says how far it got and is ended when it is done', async () => {
  const { worker, terminate } = workerServing(createImportService())
  const runner = createImportRunner(() => worker)
  const rows = Array.from(
    { length: 12_000 },
    (_, at) => `row-${at},freedonia-gazette,russia,Moscow urged both sides,,,`,
  )
  const file = new NodeFile([[header, ...rows].join('\n')], 'fictional.csv')
  const progress = vi.fn()
  const result = await runner.readCsvFile(file, context, progress)
  expect(result.ok && result.reading.valid.length).toBe(12_000)
  await vi.waitFor(() =>
    expect(progress.mock.calls.map(([words]) => String(words))).toEqual([
      'Reading “fictional.csv”…',
      'Checking row 0 of 12,000…',
      'Checking row 5,000 of 12,000…',
      'Checking row 10,000 of 12,000…',
      'Checking row 12,000 of 12,000…',
      'Handing over statement 0 of 12,000…',
      'Handing over statement 5,000 of 12,000…',
      'Handing over statement 10,000 of 12,000…',
    ]),
  )
  expect(terminate).toHaveBeenCalledOnce()
})

test('the valid statements come back from the worker in parts, all of them and in order', async () => {
  const service = createImportService()
  const parts: number[] = []
  const { worker } = workerServing({
    ...service,
    readCsvFile: (...[file, given, progress, deliver]: Parameters<typeof service.readCsvFile>) =>
      service.readCsvFile(file, given, progress, async (part) => {
        parts.push(part.length)
        await deliver?.(part)
      }),
  })
  const rows = Array.from(
    { length: 12_000 },
    (_, at) => `row-${at},freedonia-gazette,russia,Moscow urged both sides,,,`,
  )
  const file = new NodeFile([[header, ...rows].join('\n')], 'fictional.csv')
  const result = await createImportRunner(() => worker).readCsvFile(file, context, () => {})
  expect(parts).toEqual([5000, 5000, 2000])
  if (!result.ok) throw new Error(result.problems.join('\n'))
  expect(result.reading.valid.map((statement) => statement.id)).toEqual(
    rows.map((_, at) => `row-${at}`),
  )
})

test('cancelling ends the worker at once and the import gives back that it was cancelled', async () => {
  const { worker, terminate } = workerServing({
    readCsvFile: () => new Promise(() => {}),
    readPackageFile: () => new Promise(() => {}),
  })
  const runner = createImportRunner(() => worker)
  const file = new NodeFile([header], 'fictional.csv')
  const reading = runner.readCsvFile(file, context, () => {})
  await vi.waitFor(() => expect(channels).toHaveLength(1))
  runner.cancel()
  await expect(reading).rejects.toBeInstanceOf(ImportCancelled)
  expect(terminate).toHaveBeenCalledOnce()
})
