import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runInThisContext } from 'node:vm'
import openapiTS, { astToString } from 'openapi-typescript'
import ts from 'typescript'
import { beforeAll, expect, test, vi } from 'vitest'
import { z } from 'zod'
import { openApiDocument } from '../../mocks/openapi'
import { httpApi } from './http-api'

// A client generated from the OpenAPI document, as a user of the API would make one
// (openapi-typescript, then openapi-fetch), compiled with the project's own strict settings and
// run against the API. Nothing is written to disk: the generated types and the program live in
// memory, beside this file, so the compiler finds openapi-fetch where the project has it.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 })

const api = httpApi()
const here = dirname(fileURLToPath(import.meta.url))
const typesFile = join(here, 'generated-api.d.ts')
const programFile = join(here, 'generated-client.ts')

// What a script would write: no casts, no hand-written types, nothing but the generated `paths`.
const program = `
import createClient from 'openapi-fetch'
import type { paths } from './generated-api'

export async function useTheApi(baseUrl: string) {
  const client = createClient<paths>({ baseUrl })
  const page = await client.GET('/api/statements', {
    params: { query: { stance: ['condemns', 'urges-halt'], limit: 2 } },
  })
  const ids: string[] = page.data?.data.map((statement) => statement.id) ?? []
  const total: number | undefined = page.data?.meta.total
  const next: string | null | undefined = page.data?.meta.next
  const one = await client.GET('/api/statements/{id}', { params: { path: { id: ids[0] ?? '' } } })
  const synthetic: true | undefined = one.data?.data.synthetic
  const refused = await client.GET('/api/statements', {
    params: { query: { actor: ['no-such-actor'] } },
  })
  const field: string | undefined = refused.error?.errors?.[0]?.field
  const exported = await client.GET('/api/statements.ndjson', {
    params: { query: { stance: ['condemns', 'urges-halt'] } },
    parseAs: 'text',
  })
  const lines: string[] = (exported.data ?? '').split('\\n').filter((line) => line !== '')
  const meta = await client.GET('/api/meta')
  const version: string | undefined = meta.data?.data.version
  const head = await client.HEAD('/api/actors')
  const tag = head.response.headers.get('etag') ?? ''
  const again = await client.GET('/api/actors', { params: { header: { 'If-None-Match': tag } } })
  return {
    ids,
    total,
    next,
    synthetic: synthetic ?? null,
    field,
    exported: lines.length,
    version,
    revalidated: again.response.status,
  }
}
`

let types = ''
beforeAll(async () => {
  types = astToString(await openapiTS(JSON.stringify(openApiDocument), { silent: true }))
})

/** Compiles the program with the project's compiler options; the files exist only in memory. */
function compile(files: ReadonlyMap<string, string>) {
  const root = join(here, '..', '..')
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
      },
    },
  )
  if (!config) throw new Error('tsconfig.json does not read.')
  // The program runs in no bundler and no browser: only the libraries, none of vite's types.
  const options = { ...config.options, types: [], noEmit: true }
  const host = ts.createCompilerHost(options)
  const readFile = host.readFile.bind(host)
  const getSourceFile = host.getSourceFile.bind(host)
  host.fileExists = (name) => files.has(name) || ts.sys.fileExists(name)
  host.readFile = (name) => files.get(name) ?? readFile(name)
  host.getSourceFile = (name, language, ...rest) => {
    const text = files.get(name)
    return text === undefined
      ? getSourceFile(name, language, ...rest)
      : ts.createSourceFile(name, text, language)
  }
  const built = ts.createProgram([programFile], options, host)
  return ts
    .getPreEmitDiagnostics(built)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
}

test('a client generated from the document compiles without a cast: res.data?.data is the JSON page', () => {
  const errors = compile(
    new Map([
      [typesFile, types],
      [programFile, program],
    ]),
  )
  expect(errors).toEqual([])
  // The JSON endpoint's answer is one media type, not a union with the export's lines.
  expect(types).toMatch(/"\/api\/statements\.ndjson"/)
  expect(types).not.toMatch(/"application\/x-ndjson": components\["schemas"\]\["Statement"\]/)
})

test('the compiled client reads the API: a page, one statement, a refusal, the export, a 304', async () => {
  const { outputText } = ts.transpileModule(program, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  })
  const load = z
    .custom<(exports: object, require: NodeJS.Require) => void>(
      (value) => typeof value === 'function',
    )
    .parse(runInThisContext(`(function (exports, require) {${outputText}\n})`))
  const exported: Record<string, unknown> = {}
  load(exported, createRequire(import.meta.url))
  const useTheApi = z
    .custom<(baseUrl: string) => Promise<unknown>>((value) => typeof value === 'function')
    .parse(exported.useTheApi)
  const result = z
    .object({
      ids: z.array(z.string()),
      total: z.number(),
      next: z.string().nullable(),
      synthetic: z.literal(true).nullable(),
      field: z.string(),
      exported: z.number(),
      version: z.string(),
      revalidated: z.number(),
    })
    .parse(await useTheApi(api.url('')))
  expect(result.ids).toHaveLength(2)
  expect(result.next).not.toBeNull()
  // The export is every match of the same filters, however the page was cut.
  expect(result.exported).toBe(result.total)
  expect(result.synthetic).toBeNull()
  expect(result.field).toBe('actor')
  expect(result.version).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/)
  expect(result.revalidated).toBe(304)
})
