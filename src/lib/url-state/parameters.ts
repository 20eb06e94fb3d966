import type * as z from 'zod/mini'

/**
 * Ids and names the data knows, to drop the ones in a link that match nothing; each is checked
 * once its data is in.
 */
export type KnownValues = {
  actorIds?: ReadonlySet<string>
  speakers?: ReadonlySet<string>
  statementIds?: ReadonlySet<string>
  /** The dataset's event ids and `all`. */
  eventIds?: ReadonlySet<string>
}

/**
 * A value of a link that could not be used. `value` is the link's own text, never the site's
 * words; `reason` is the site's words for why it was dropped.
 */
export type UrlProblem = { parameter: string; value: string; reason: string }

type Rejected = { value: string; reason: string }

/** One URL parameter: its clean value's type, its default, how it is read and written. */
export type Parameter<T> = {
  default: T
  /** Reads every occurrence of the parameter; what cannot be used is rejected, with a reason. */
  read: (
    raw: readonly string[],
    known: KnownValues | undefined,
  ) => { value: T; rejected: Rejected[] }
  /** The text of the parameter, or null to leave it out of the link. */
  // A method, so that a table may hold parameters of different types side by side.
  write(value: T): string | null
}

export type ParameterTable = Record<string, Parameter<unknown>>
export type StateOf<T> = { [K in keyof T]: T[K] extends Parameter<infer V> ? V : never }

const splitValues = (raw: readonly string[]) =>
  raw.flatMap((value) => value.split(',')).filter((value) => value.trim() !== '')

/** No list of the page has this many options; beyond it a link is not checked value by value. */
const maxListValues = 100

/**
 * A comma-separated list of values each checked by `schema`; duplicates merged. `known` names the
 * set a value must also be in once the data is loaded; `max` keeps only the first few.
 */
export function listParameter<T extends string>(
  schema: z.ZodMiniType<T>,
  reason: string,
  options: { known?: (known: KnownValues) => ReadonlySet<string> | undefined; max?: number } = {},
): Parameter<T[]> {
  return {
    default: [],
    read: (raw, known) => {
      const value: T[] = []
      const rejected: Rejected[] = []
      const set = known && options.known ? options.known(known) : undefined
      const items = splitValues(raw)
      for (const item of items.slice(maxListValues))
        rejected.push({ value: item, reason: 'too many values' })
      for (const item of items.slice(0, maxListValues)) {
        const parsed = schema.safeParse(item)
        if (!parsed.success || (set && !set.has(parsed.data)))
          rejected.push({ value: item, reason })
        else if (value.includes(parsed.data)) continue
        else if (options.max !== undefined && value.length >= options.max)
          rejected.push({ value: item, reason: `more than ${options.max}` })
        else value.push(parsed.data)
      }
      return { value, rejected }
    },
    write: (value) => (value.length > 0 ? value.join(',') : null),
  }
}

/** A single value checked by `schema`; given twice, or not valid, it falls back to `fallback`. */
export function oneParameter<T extends string, D extends T | null>(
  schema: z.ZodMiniType<T>,
  fallback: D,
  reason: string,
  known?: (known: KnownValues) => ReadonlySet<string> | undefined,
): Parameter<T | D> {
  return {
    default: fallback,
    read: (raw, knownValues) => {
      if (raw.length === 0) return { value: fallback, rejected: [] }
      const parsed = raw.length === 1 ? schema.safeParse(raw[0]) : null
      const set = knownValues && known ? known(knownValues) : undefined
      if (parsed?.success && (!set || set.has(parsed.data)))
        return { value: parsed.data, rejected: [] }
      return { value: fallback, rejected: raw.map((value) => ({ value, reason })) }
    },
    write: (value) => (value === fallback ? null : value),
  }
}

/** Free text such as a search, cut to `max` characters; there is no bad value. */
export function textParameter(max: number): Parameter<string> {
  return {
    default: '',
    read: (raw) => {
      const value = (raw[0] ?? '').slice(0, max)
      return { value: value.trim() ? value : '', rejected: [] }
    },
    write: (value) => (value.trim() ? value : null),
  }
}

/** Every parameter at its default. */
export function defaultsOf<T extends ParameterTable>(table: T): StateOf<T> {
  // The keys are the table's own, so the object has exactly the shape StateOf<T> describes.
  return Object.fromEntries(
    Object.entries(table).map(([key, parameter]) => [key, parameter.default]),
  ) as StateOf<T>
}

/** Reads the table's parameters from `params`; what cannot be used is dropped and described. */
export function readParameters<T extends ParameterTable>(
  table: T,
  params: URLSearchParams,
  known: KnownValues | undefined,
): { state: StateOf<T>; problems: UrlProblem[] } {
  const problems: UrlProblem[] = []
  const entries = Object.entries(table).map(([key, parameter]) => {
    const { value, rejected } = parameter.read(params.getAll(key), known)
    for (const item of rejected) problems.push({ parameter: key, ...item })
    return [key, value] as const
  })
  // As in defaultsOf: one entry per key of the table.
  return { state: Object.fromEntries(entries) as StateOf<T>, problems }
}

/** Writes the table's parameters into `params`, in the table's order; defaults are left out. */
export function writeParameters<T extends ParameterTable>(
  table: T,
  state: StateOf<T>,
  params: URLSearchParams,
): void {
  const values: Record<string, unknown> = state
  for (const [key, parameter] of Object.entries(table)) {
    const text = parameter.write(values[key])
    if (text !== null) params.set(key, text)
  }
}
