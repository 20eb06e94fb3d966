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

/**
 * How one value of a link is read: the clean value, or null where the text is not one. The checks
 * are plain functions, not a validation library, since every page reads its link before its
 * first paint.
 */
export type Check<T extends string> = (text: string) => T | null

/** One of `values`, exactly. */
export const oneOf =
  <const T extends string>(values: readonly T[]): Check<T> =>
  (text) =>
    values.find((value) => value === text) ?? null

/** Text that `pattern` matches as a whole (give it `^…$`). */
export const matching =
  (pattern: RegExp): Check<string> =>
  (text) =>
    pattern.test(text) ? text : null

/** A calendar day written `2023-09-20` that exists (no 31 June, no 29 February in 2023). */
export const isoDay: Check<string> = (text) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null
  const day = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text ? text : null
}

/** Text with its outer spaces trimmed, from `min` to `max` characters long. */
export const trimmedText =
  (min: number, max: number): Check<string> =>
  (text) => {
    const trimmed = text.trim()
    return trimmed.length >= min && trimmed.length <= max ? trimmed : null
  }

/** Text that `is` accepts as a `T`. */
export const checkedBy =
  <T extends string>(is: (text: string) => text is T): Check<T> =>
  (text) =>
    is(text) ? text : null

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
 * A comma-separated list of values each read by `check`; duplicates merged. `known` names the
 * set a value must also be in once the data is loaded; `max` keeps only the first few.
 */
export function listParameter<T extends string>(
  check: Check<T>,
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
        const checked = check(item)
        if (checked === null || (set && !set.has(checked))) rejected.push({ value: item, reason })
        else if (value.includes(checked)) continue
        else if (options.max !== undefined && value.length >= options.max)
          rejected.push({ value: item, reason: `more than ${options.max}` })
        else value.push(checked)
      }
      return { value, rejected }
    },
    write: (value) => (value.length > 0 ? value.join(',') : null),
  }
}

/** A single value read by `check`; given twice, or not valid, it falls back to `fallback`. */
export function oneParameter<T extends string, D extends T | null>(
  check: Check<T>,
  fallback: D,
  reason: string,
  known?: (known: KnownValues) => ReadonlySet<string> | undefined,
): Parameter<T | D> {
  return {
    default: fallback,
    read: (raw, knownValues) => {
      if (raw.length === 0) return { value: fallback, rejected: [] }
      const checked = raw.length === 1 ? check(raw[0] ?? '') : null
      const set = knownValues && known ? known(knownValues) : undefined
      if (checked !== null && (!set || set.has(checked))) return { value: checked, rejected: [] }
      return { value: fallback, rejected: raw.map((value) => ({ value, reason })) }
    },
    write: (value) => (value === fallback ? null : value),
  }
}

/**
 * A whole number from `min` to `max`; anything else, or given twice, falls back to `fallback`
 * with `reason` ("not a size from 100 to 200000").
 */
export function integerParameter(
  min: number,
  max: number,
  fallback: number,
  reason: string,
): Parameter<number> {
  return {
    default: fallback,
    read: (raw) => {
      if (raw.length === 0) return { value: fallback, rejected: [] }
      const value = raw.length === 1 && /^\d{1,9}$/.test(raw[0] ?? '') ? Number(raw[0]) : NaN
      if (value >= min && value <= max) return { value, rejected: [] }
      return { value: fallback, rejected: raw.map((text) => ({ value: text, reason })) }
    },
    write: (value) => (value === fallback ? null : String(value)),
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
    // A partial state spread over the defaults may still name a key with no value.
    if (values[key] === undefined) continue
    const text = parameter.write(values[key])
    if (text !== null) params.set(key, text)
  }
}
