import { headerRefs, type HeaderName } from './openapi-headers'
import { notModified, problems, readOnlyOperations, type ProblemStatus } from './openapi-responses'

/** A parameter every GET takes and none requires; each is a string. */
const optionalParameter = (name: string, where: 'query' | 'header', description: string) => ({
  name,
  in: where,
  required: false,
  description,
  schema: { type: 'string' },
})

// Every resource can be pinned to a published dataset version; /api/meta lists them.
const versionParameter = optionalParameter(
  'version',
  'query',
  'A published dataset version (default: the latest); an unknown one is a 400',
)

const ifNoneMatchParameter = optionalParameter(
  'If-None-Match',
  'header',
  'ETags from earlier answers (a list, or `*`); when one is still current the answer is 304. Compared weakly: `W/"x"` matches `"x"`.',
)

type Read<Content> = {
  /** Names the path's operations: `get<Name>`, `head<Name>`, `post<Name>` … */
  name: string
  summary: string
  /** The 200's media types and their schemas. */
  content: Content
  /** The path parameter naming one item, for an item's path. */
  id?: string
  parameters?: readonly object[]
  /** An answer that no `version` pins: about the latest version only, or not about the data. */
  unversioned?: boolean
  /** Whether a fault can be injected (`MOCK_FAULTS`): every data endpoint's can. */
  faults?: boolean
  /** Headers the 200 carries beside its tag and the dataset's label. */
  headers?: readonly HeaderName[]
  /** Headers the path's handlers add to every answer of theirs, problems too. */
  onEvery?: readonly HeaderName[]
}

/**
 * A path of the read-only API: GET and HEAD (the same answers without a body, tagged, 304 to a
 * current `If-None-Match`), a preflight, and 405 for every other method.
 */
export function readPath<Content>(read: Read<Content>) {
  const statuses: ProblemStatus[] = [
    400,
    ...(read.id ? ([404] as const) : []),
    431,
    ...(read.faults === false ? [] : ([500] as const)),
  ]
  const parameters = [
    ...(read.parameters ?? []),
    ...(read.unversioned ? [] : [versionParameter]),
    ifNoneMatchParameter,
  ]
  const also = read.onEvery ?? []
  const okHeaders = headerRefs(
    'ETag',
    'Cache-Control',
    'X-Dataset',
    ...also,
    ...(read.headers ?? []),
  )
  return {
    ...(read.id
      ? { parameters: [{ name: read.id, in: 'path', required: true, schema: { type: 'string' } }] }
      : {}),
    get: {
      operationId: `get${read.name}`,
      summary: read.summary,
      parameters,
      responses: {
        200: { description: 'OK', headers: okHeaders, content: read.content },
        304: notModified,
        ...problems(statuses, false, also),
      },
    },
    head: {
      operationId: `head${read.name}`,
      summary: `${read.summary}: the headers GET would send, without the body`,
      parameters,
      responses: {
        200: { description: 'OK, without the body', headers: okHeaders },
        304: notModified,
        ...problems(statuses, true, also),
      },
    },
    ...readOnlyOperations(read.name),
  }
}
