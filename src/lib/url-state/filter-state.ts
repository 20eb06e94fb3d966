import * as z from 'zod/mini'
import { actorKindSchema } from '../schemas/actor'
import { dimensionIdSchema, stanceIdSchema } from '../schemas/codebook'
import { channelSchema } from '../schemas/statement'

/** Every filter of the dashboard; the URL holds exactly this, so a link reproduces the view. */
export type FilterState = {
  stance: z.infer<typeof stanceIdSchema>[]
  kind: z.infer<typeof actorKindSchema>[]
  actor: string[]
  dimension: z.infer<typeof dimensionIdSchema>[]
  channel: z.infer<typeof channelSchema>[]
  speaker: string[]
  from: string | null
  to: string | null
  q: string
  /** Charts shown as tables rather than drawn; a view setting, not a filter. */
  tables: ChartId[]
  /** Actors compared side by side, at most four; a view setting, not a filter. */
  compare: string[]
  /** Which page is shown: the dashboard or the method. */
  view: 'dashboard' | 'method'
  /** Embed mode: `cards`, `compare`, `chart:<chart id>` or `card:<actor id>`; null for the full page. */
  embed: string | null
  /** An embed frozen to a dataset version shows it; null for a live view. */
  version: string | null
}

export const maxCompared = 4

export const chartIds = ['distribution', 'spectrum', 'timeline', 'matrix', 'agreement'] as const
export type ChartId = (typeof chartIds)[number]
const chartIdSchema = z.enum(chartIds)

export type ListFilter = 'stance' | 'kind' | 'actor' | 'dimension' | 'channel' | 'speaker'

export const emptyFilterState: FilterState = {
  stance: [],
  kind: [],
  actor: [],
  dimension: [],
  channel: [],
  speaker: [],
  from: null,
  to: null,
  q: '',
  tables: [],
  compare: [],
  view: 'dashboard',
  embed: null,
  version: null,
}

const listSchemas: Record<ListFilter, z.ZodMiniType<string>> = {
  stance: stanceIdSchema,
  kind: actorKindSchema,
  actor: z.string().check(z.regex(/^[a-z][a-z-]*$/)),
  dimension: dimensionIdSchema,
  channel: channelSchema,
  speaker: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
}
const listNames: Record<ListFilter, string> = {
  stance: 'stance',
  kind: 'actor kind',
  actor: 'actor',
  dimension: 'position',
  channel: 'channel',
  speaker: 'speaker',
}
const listFilters = Object.keys(listSchemas).filter((key): key is ListFilter => key in listSchemas)
const daySchema = z.iso.date()

/** Parameters that belong to other parts of the app, and are left alone here. */
const otherParameters = new Set(['mock-faults', 'theme'])

/** Values the data knows, to drop ids and names that match nothing. */
export type KnownValues = { actorIds: ReadonlySet<string>; speakers: ReadonlySet<string> }

/**
 * Reads the filters from a query string. A malformed or unknown value is dropped and described in
 * `problems`, so the page can say so and still show everything else.
 */
export function parseFilterState(
  search: string,
  known?: KnownValues,
): { state: FilterState; problems: string[] } {
  const params = new URLSearchParams(search)
  const problems: string[] = []
  const state: FilterState = { ...emptyFilterState }
  for (const key of new Set(params.keys())) {
    // Campaign and click trackers that links pick up on the way are no business of the view.
    if (otherParameters.has(key) || /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid)$/.test(key)) continue
    const raw = params.getAll(key)
    if (isListFilter(key)) {
      const values = raw.flatMap((value) => value.split(',')).filter((value) => value.trim() !== '')
      const kept: string[] = []
      for (const value of values) {
        const parsed = listSchemas[key].safeParse(value)
        const unknown =
          parsed.success &&
          known &&
          ((key === 'actor' && !known.actorIds.has(parsed.data)) ||
            (key === 'speaker' && !known.speakers.has(parsed.data)))
        if (!parsed.success || unknown) {
          problems.push(`Ignored ${listNames[key]} “${value}”: no such ${listNames[key]}.`)
        } else if (!kept.includes(parsed.data)) {
          kept.push(parsed.data)
        }
      }
      setList(state, key, kept)
    } else if (key === 'from' || key === 'to') {
      const parsed = daySchema.safeParse(raw[0])
      if (parsed.success && raw.length === 1) state[key] = parsed.data
      else problems.push(`Ignored the date “${raw.join(', ')}”: expected a day such as 2023-09-20.`)
    } else if (key === 'compare') {
      for (const value of raw.flatMap((item) => item.split(',')).filter(Boolean)) {
        if (known && !known.actorIds.has(value))
          problems.push(`Ignored “${value}” in the comparison: no such actor.`)
        else if (state.compare.length >= maxCompared)
          problems.push(`Compared only the first ${maxCompared} actors; left out “${value}”.`)
        else if (!state.compare.includes(value)) state.compare = [...state.compare, value]
      }
    } else if (key === 'embed') {
      const value = raw[0] ?? ''
      const [kind = '', id = ''] = value.split(':')
      const valid =
        raw.length === 1 &&
        (value === 'cards' ||
          value === 'compare' ||
          (kind === 'chart' && chartIdSchema.safeParse(id).success) ||
          (kind === 'card' && /^[a-z][a-z-]*$/.test(id) && (!known || known.actorIds.has(id))))
      if (valid) state.embed = value
      else problems.push(`Ignored the embed “${raw.join(', ')}”: showing the full view.`)
    } else if (key === 'version') {
      if (raw.length === 1 && /^[\w.-]{1,40}$/.test(raw[0] ?? '')) state.version = raw[0] ?? null
      else problems.push('Ignored a malformed dataset version.')
    } else if (key === 'view') {
      if (raw[0] === 'method' && raw.length === 1) state.view = 'method'
      else if (raw[0] !== 'dashboard')
        problems.push(`Ignored the page “${raw.join(', ')}”: showing the dashboard.`)
    } else if (key === 'tables') {
      for (const value of raw.flatMap((item) => item.split(',')).filter(Boolean)) {
        const parsed = chartIdSchema.safeParse(value)
        if (!parsed.success) problems.push(`Ignored the chart “${value}”: no such chart.`)
        else if (!state.tables.includes(parsed.data)) state.tables = [...state.tables, parsed.data]
      }
    } else if (key === 'q') {
      state.q = (raw[0] ?? '').slice(0, 200)
    } else {
      problems.push(`Ignored the unknown setting “${key}”.`)
    }
  }
  if (state.from && state.to && state.from > state.to) {
    problems.push(`Ignored the date range ${state.from} to ${state.to}: it ends before it starts.`)
    state.from = null
    state.to = null
  }
  return { state, problems }
}

/** Writes the filters as a query string, in a fixed order so equal views give equal links. */
export function serializeFilterState(state: FilterState, keep?: URLSearchParams): string {
  const params = new URLSearchParams()
  for (const key of listFilters) {
    if (state[key].length > 0) params.set(key, state[key].join(','))
  }
  if (state.from) params.set('from', state.from)
  if (state.to) params.set('to', state.to)
  if (state.q.trim()) params.set('q', state.q)
  if (state.tables.length > 0) params.set('tables', state.tables.join(','))
  if (state.compare.length > 0) params.set('compare', state.compare.join(','))
  if (state.view !== 'dashboard') params.set('view', state.view)
  if (state.embed) params.set('embed', state.embed)
  if (state.version) params.set('version', state.version)
  for (const key of otherParameters) {
    const value = keep?.get(key)
    if (value) params.set(key, value)
  }
  // Commas separate values; left unescaped they keep shared links readable.
  const text = params.toString().replace(/%2C/gi, ',')
  return text ? `?${text}` : ''
}

export function isListFilter(key: string): key is ListFilter {
  return listFilters.some((filter) => filter === key)
}

function setList(state: FilterState, key: ListFilter, values: string[]) {
  // Values were checked by the filter's own schema just above, so they belong to its union.
  ;(state as Record<ListFilter, string[]>)[key] = values
}

/** Shows a chart as a table, or back as a chart. */
export function toggleTable(state: FilterState, chart: ChartId): FilterState {
  const tables = state.tables.includes(chart)
    ? state.tables.filter((id) => id !== chart)
    : [...state.tables, chart]
  return { ...state, tables }
}

/** The filters cleared; the view settings (tables, comparison, page) kept. */
export function clearFilters(state: FilterState): FilterState {
  return {
    ...state,
    ...emptyFilterState,
    tables: state.tables,
    compare: state.compare,
    view: state.view,
    embed: state.embed,
    version: state.version,
  }
}

export function activeFilterCount(state: FilterState): number {
  return (
    listFilters.reduce((total, key) => total + state[key].length, 0) +
    (state.from ? 1 : 0) +
    (state.to ? 1 : 0) +
    (state.q.trim() ? 1 : 0)
  )
}

/** A copy of the state with one list filter set to `values` (already valid for that filter). */
export function withList(state: FilterState, key: ListFilter, values: string[]): FilterState {
  const updated = { ...state }
  setList(updated, key, values)
  return updated
}

export function toggleValue(state: FilterState, key: ListFilter, value: string): FilterState {
  const current: readonly string[] = state[key]
  return withList(
    state,
    key,
    current.includes(value) ? current.filter((item) => item !== value) : [...current, value],
  )
}
