import { parseArgs } from 'node:util'
import type { RequestHandler } from 'msw'
import { createHandlers, handlers as articleHandlers } from '../handlers/all'
import { indexed, syntheticDataset } from '../handlers/dataset'
import { parquetDataset } from '../handlers/parquet-dataset'
import { defaultSyntheticSize } from '../../data/synthetic/generate'
import { seconds } from './start-up'

/**
 * Reads `--dataset article|synthetic|<file.parquet>`, `--size N` and `--seed N`; a bad value
 * stops with why.
 */
export async function handlersFromArgs(
  args: readonly string[],
): Promise<readonly RequestHandler[]> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      dataset: { type: 'string', default: 'article' },
      size: { type: 'string' },
      seed: { type: 'string' },
    },
  })
  const whole = (name: string, text: string | undefined, min: number, max: number) => {
    if (text === undefined) return undefined
    const value = /^\d{1,7}$/.test(text) ? Number(text) : NaN
    if (!(value >= min && value <= max))
      throw new Error(`--${name} must be a whole number from ${min} to ${max} (got "${text}").`)
    return value
  }
  const size = whole('size', values.size, 1, 1_000_000)
  const seed = whole('seed', values.seed, 0, 4_294_967_295)
  if (values.dataset === 'article') {
    if (size !== undefined || seed !== undefined)
      throw new Error('--size and --seed apply only to --dataset synthetic.')
    return articleHandlers
  }
  if (values.dataset.endsWith('.parquet')) {
    if (size !== undefined || seed !== undefined)
      throw new Error(
        '--size and --seed apply only to --dataset synthetic; a corpus file has its own.',
      )
    const started = performance.now()
    // Opened, not loaded: DuckDB reads the records as each query needs them. The first start over
    // a file also indexes its words, which takes minutes at ten million statements: it says so.
    const served = await parquetDataset(values.dataset, (line) => console.log(line))
    console.log(
      `Opened ${values.dataset} (${served.latest.meta.version}) with DuckDB in ${seconds(performance.now() - started)}: ${served.notice ?? ''}`,
    )
    return createHandlers(served)
  }
  if (values.dataset !== 'synthetic')
    throw new Error(
      `--dataset is "article", "synthetic" or a .parquet corpus file (got "${values.dataset}").`,
    )
  const started = performance.now()
  const statements = (size ?? defaultSyntheticSize).toLocaleString('en')
  console.log(`Generating the synthetic corpus (${statements} statements)…`)
  const served = syntheticDataset({
    ...(size !== undefined ? { size } : {}),
    ...(seed !== undefined ? { seed } : {}),
  })
  console.log('Indexing it for the filters…')
  // Indexed now rather than on the first request, which would otherwise wait for it.
  indexed(served.latest)
  console.log(
    `Generated and indexed ${served.latest.meta.version} in ${seconds(performance.now() - started)}: ${served.notice ?? ''}`,
  )
  return createHandlers(served)
}
