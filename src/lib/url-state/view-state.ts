import {
  checkedBy,
  defaultsOf,
  integerParameter,
  listParameter,
  matching,
  oneOf,
  oneParameter,
  type StateOf,
} from './parameters.ts'

export const maxCompared = 4

export const chartIds = [
  'distribution',
  'spectrum',
  'timeline',
  'matrix',
  'agreement',
  'map',
] as const
export type ChartId = (typeof chartIds)[number]

/**
 * The statements table's columns, in the order they are shown: the statement's own stance stands
 * beside its actor's, which the actor's card shows, so a reader sees where the two differ.
 */
export const tableColumnIds = [
  'date',
  'event',
  'actor',
  'actor-stance',
  'stance',
  'speaker',
  'positions',
  'words',
] as const
export type TableColumnId = (typeof tableColumnIds)[number]
/** A column to sort the table by, ascending; with a leading `-`, descending. */
const tableSortIds = tableColumnIds.flatMap((id) => [id, `-${id}`] as const)
export type TableSort = (typeof tableSortIds)[number]

/** An actor's id as a link writes it; the hosting rules build their embed pattern from it too. */
export const actorIdPattern = /^[a-z][a-z-]*$/
const actorId = matching(actorIdPattern)
/** `cards`, `compare`, `chart:<chart id>` or `card:<actor id>`. */
export type EmbedKind = 'cards' | 'compare' | `chart:${ChartId}` | `card:${string}`
const isEmbed = (text: string): text is EmbedKind =>
  text === 'cards' ||
  text === 'compare' ||
  chartIds.some((chart) => text === `chart:${chart}`) ||
  (text.startsWith('card:') && actorIdPattern.test(text.slice('card:'.length)))

export const datasets = ['article', 'synthetic'] as const
export type Dataset = (typeof datasets)[number]
/** How many synthetic statements may be asked for: enough to matter, few enough to generate. */
export const syntheticSizes = { min: 100, max: 200_000, default: 100_000 } as const

/**
 * What is shown, as opposed to what is selected: the page, an embed, a frozen dataset, charts
 * shown as tables, the comparison, an embed's theme, a statement opened by a permalink, and the
 * statements as cards or as a table (its order and columns).
 */
export const viewParameters = {
  view: oneParameter(oneOf(['dashboard', 'method', 'workspace']), 'dashboard', 'no such page'),
  embed: oneParameter(checkedBy(isEmbed), null, 'no such embed'),
  /** The article's data, or the seeded synthetic corpus for testing at scale. */
  dataset: oneParameter(oneOf(datasets), 'article', 'no such dataset'),
  /** How many statements the synthetic corpus has; read only with `dataset=synthetic`. */
  size: integerParameter(
    syntheticSizes.min,
    syntheticSizes.max,
    syntheticSizes.default,
    `not a size from ${syntheticSizes.min} to ${syntheticSizes.max}`,
  ),
  version: oneParameter(matching(/^[\w.-]{1,40}$/), null, 'not a dataset version'),
  tables: listParameter(oneOf(chartIds), 'no such chart'),
  compare: listParameter(actorId, 'no such actor', {
    known: (known) => known.actorIds,
    max: maxCompared,
  }),
  theme: oneParameter(oneOf(['light', 'dark']), null, 'no such theme'),
  statement: oneParameter(
    matching(/^[\w-]{1,80}$/),
    null,
    'no such statement',
    (known) => known.statementIds,
  ),
  /** The actors with strips in the stance across events, in order; none listed shows the busiest. */
  strips: listParameter(actorId, 'no such actor', { known: (known) => known.actorIds }),
  /** The statements as actor cards, or as a table of one row per statement. */
  layout: oneParameter(oneOf(['cards', 'table']), 'cards', 'no such layout'),
  /** The table's order; none keeps the cards' order. */
  sort: oneParameter(oneOf(tableSortIds), null, 'no such column to sort by'),
  /** The table's columns shown, in the table's order; none listed shows them all. */
  columns: listParameter(oneOf(tableColumnIds), 'no such column'),
}

export type ViewState = StateOf<typeof viewParameters>

export const defaultViewState: ViewState = defaultsOf(viewParameters)

/** Shows a chart as a table, or back as a chart. */
export function toggleTable(view: ViewState, chart: ChartId): ViewState {
  const tables = view.tables.includes(chart)
    ? view.tables.filter((id) => id !== chart)
    : [...view.tables, chart]
  return { ...view, tables }
}

/** The actor an embed of one card shows, or null. */
export const embeddedCard = (view: ViewState) =>
  view.embed?.startsWith('card:') ? view.embed.slice('card:'.length) : null
/** The chart an embed of one chart shows, or null. */
export const embeddedChart = (view: ViewState): ChartId | null =>
  chartIds.find((chart) => view.embed === `chart:${chart}`) ?? null
