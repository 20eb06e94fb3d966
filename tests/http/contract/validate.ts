import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020'
import type { Answer, Asked } from './ask'

type Json = { [key: string]: unknown }
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

// Headers that frame the message rather than describe the answer; `Content-Type` is checked
// against the documented media types instead.
const framing = new Set([
  'content-type',
  'content-length',
  'transfer-encoding',
  'date',
  'connection',
  'keep-alive',
])

const documentId = 'https://api.test/openapi.json'
/** A JSON pointer: `base` (a pointer already) and then `parts`, escaped. */
const pointer = (base: string, ...parts: string[]) =>
  [base, ...parts.map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1'))].join('/')

/** What one answer was checked against, for the coverage count. */
export type Checked = { key: string | null; mismatches: string[]; lines: number }

/**
 * Checks answers against an OpenAPI 3.1 document with ajv's JSON Schema 2020-12 validator: the
 * status is documented for the path and method, every header sent is documented for that status
 * (and every required one sent), the media type is one the status documents, and the body
 * validates against its schema; NDJSON line by line against its `contentSchema`'s items.
 */
export function contractOf(document: Json) {
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  // zod writes the calendar check of a day as a `pattern` beside `format: date`.
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/)
  ajv.addSchema({ ...document, $id: documentId })

  const at = (path: string): unknown =>
    path
      .split('/')
      .slice(1)
      .reduce<unknown>(
        (node, part) =>
          isObject(node) ? node[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined,
        document,
      )
  const objectAt = (path: string) => {
    const node = at(path)
    return isObject(node) ? node : undefined
  }
  /** Follows a `$ref` within the document, with the pointer of what it found. */
  const resolve = (node: unknown, where: string): [Json | undefined, string] => {
    if (isObject(node) && typeof node.$ref === 'string') {
      const target = node.$ref.slice(1)
      return [objectAt(target), target]
    }
    return [isObject(node) ? node : undefined, where]
  }
  const validator = (where: string): ValidateFunction => {
    const found = ajv.getSchema(`${documentId}#${where}`)
    if (!found) throw new Error(`No schema at ${where}`)
    return found
  }
  const errorsOf = (validate: ValidateFunction, value: unknown) =>
    validate(value)
      ? []
      : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`)

  const paths = isObject(document.paths) ? document.paths : {}
  const templates = Object.keys(paths).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }))
  /** The documented path a request's path stands for. */
  const templateOf = (path: string) =>
    templates.find(({ pattern }) => pattern.test(new URL(path, 'http://api.test').pathname))
      ?.template

  /** The documented media type of a body, and the pointer of its schema. */
  function mediaOf(content: unknown, type: string, where: string): string | undefined {
    return isObject(content) && isObject(content[type])
      ? pointer(where, 'content', type, 'schema')
      : undefined
  }

  /**
   * The schema of a body of this media type: the response's own, or, for a 200 that names the
   * address it is the answer of (RFC 9110 §8.7), that address's.
   */
  function schemaOf(
    response: Json | undefined,
    responseAt: string,
    type: string,
    status: number,
    location: string | undefined,
  ): string | undefined {
    const own = mediaOf(response?.content, type, responseAt)
    if (own || !location || status !== 200) return own
    const named = templateOf(location)
    if (!named) return undefined
    const namedAt = pointer('', 'paths', named, 'get', 'responses', '200')
    return mediaOf(objectAt(namedAt)?.content, type, namedAt)
  }

  function checkBody(
    problems: string[],
    schemaAt: string,
    type: string,
    body: string,
  ): { lines: number; parsed: unknown } {
    const schema = objectAt(schemaAt)
    if (schema?.contentMediaType === 'application/x-ndjson') {
      if (body !== '' && !body.endsWith('\n')) problems.push('NDJSON does not end with a newline')
      const lines = body.split('\n').slice(0, -1)
      const line = validator(pointer(schemaAt, 'contentSchema', 'items'))
      lines.forEach((text, index) => {
        try {
          for (const error of errorsOf(line, JSON.parse(text)))
            problems.push(`line ${index + 1}: ${error}`)
        } catch {
          problems.push(`line ${index + 1} is not JSON`)
        }
      })
      return { lines: lines.length, parsed: undefined }
    }
    let parsed: unknown = body
    if (type.endsWith('json')) {
      try {
        parsed = JSON.parse(body)
      } catch {
        problems.push('the body is not JSON')
        return { lines: 0, parsed: undefined }
      }
    } else if (type === 'text/html' && !body.startsWith('<!doctype html>'))
      problems.push('the body is not an HTML page')
    problems.push(...errorsOf(validator(schemaAt), parsed))
    return { lines: 0, parsed }
  }

  /** Checks one answer; `key` is `path METHOD status` when the document has such an answer. */
  function check(asked: Asked, answer: Answer): Checked & { parsed: unknown } {
    const problems: string[] = []
    const method = asked.method.toLowerCase()
    const template = templateOf(asked.path)
    if (answer.status !== asked.expect)
      problems.push(`status ${answer.status}, expected ${asked.expect}`)
    if (answer.repeated.length > 0) problems.push(`sent twice: ${answer.repeated.join(', ')}`)
    if (!template) return { key: null, mismatches: problems, lines: 0, parsed: undefined }
    const operationAt = pointer('', 'paths', template, method)
    const [response, responseAt] = resolve(
      at(pointer(operationAt, 'responses', String(answer.status))),
      pointer(operationAt, 'responses', String(answer.status)),
    )
    const key = `${template} ${method.toUpperCase()} ${answer.status}`
    if (!response) {
      problems.push(`${key} is not documented`)
      return { key: null, mismatches: problems, lines: 0, parsed: undefined }
    }
    const documented = new Map(
      Object.entries(isObject(response.headers) ? response.headers : {}).map(([name, header]) => {
        const [found, foundAt] = resolve(header, pointer(responseAt, 'headers', name))
        return [name.toLowerCase(), { found, foundAt }] as const
      }),
    )
    for (const [name, value] of Object.entries(answer.headers)) {
      if (framing.has(name)) continue
      const header = documented.get(name)
      if (!header?.found) problems.push(`header ${name} is not documented for ${key}`)
      else
        for (const error of errorsOf(validator(pointer(header.foundAt, 'schema')), value))
          problems.push(`header ${name}: ${error}`)
    }
    for (const [name, { found }] of documented)
      if (found?.required === true && !(name in answer.headers))
        problems.push(`required header ${name} is missing`)
    const type = (answer.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
    const body = answer.body.toString('utf8')
    const empty = method === 'head' || answer.status === 304 || answer.status === 204
    if (answer.status === 304 || answer.status === 204) {
      if ('content-length' in answer.headers) problems.push(`${answer.status} has Content-Length`)
    }
    const location = answer.headers['content-location']
    if (empty) {
      if (body !== '') problems.push('a body where none may be')
      if (method === 'head' && type !== '') {
        // HEAD sends the type GET would: one GET documents for the same status.
        const getAt = pointer('', 'paths', template, 'get', 'responses', String(answer.status))
        const [get, getResponseAt] = resolve(at(getAt), getAt)
        if (!schemaOf(get, getResponseAt, type, answer.status, location))
          problems.push(`HEAD sent ${type}, which GET does not document`)
      }
      return { key, mismatches: problems, lines: 0, parsed: undefined }
    }
    const schemaAt = schemaOf(response, responseAt, type, answer.status, location)
    if (!schemaAt) {
      problems.push(`media type "${type}" is not documented for ${key}`)
      return { key, mismatches: problems, lines: 0, parsed: undefined }
    }
    const { lines, parsed } = checkBody(problems, schemaAt, type, body)
    return { key, mismatches: problems, lines, parsed }
  }

  /** Every `path METHOD status` the document lists. */
  const documentedKeys = () =>
    Object.entries(paths).flatMap(([template, item]) =>
      Object.entries(isObject(item) ? item : {}).flatMap(([method, operation]) =>
        isObject(operation) && isObject(operation.responses)
          ? Object.keys(operation.responses).map(
              (status) => `${template} ${method.toUpperCase()} ${status}`,
            )
          : [],
      ),
    )

  return {
    check,
    documentedKeys,
    templateOf,
    problemSchema: validator('/components/schemas/Problem'),
    errorsOf,
  }
}
