import {
  emptyFilterState,
  filterParameters,
  readFilterState,
  type FilterState,
} from './filter-state'
import { readParameters, writeParameters, type KnownValues, type UrlProblem } from './parameters'
import { defaultViewState, viewParameters, type ViewState } from './view-state'

/** Everything a link holds: what is shown, and what is selected. */
export type UrlState = { view: ViewState; filters: FilterState }

export const defaultUrlState: UrlState = { view: defaultViewState, filters: emptyFilterState }

/** Parameters that belong to other parts of the app (the mock API's fault switch): kept, not read. */
const otherParameters = ['mock-faults']
/** Campaign and click trackers that links pick up on the way are no business of the view. */
const trackers = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid)$/

/**
 * Reads a query string. Nothing throws: a malformed or unknown value is dropped and described in
 * `problems`, so the page can say so and still show everything else.
 */
export function parseUrlState(
  search: string,
  known?: KnownValues,
): UrlState & { problems: UrlProblem[] } {
  const params = new URLSearchParams(search)
  const view = readParameters(viewParameters, params, known)
  const filters = readFilterState(params, known)
  const problems = [...view.problems, ...filters.problems]
  for (const key of new Set(params.keys())) {
    if (key in viewParameters || key in filterParameters) continue
    if (otherParameters.includes(key) || trackers.test(key)) continue
    for (const value of params.getAll(key))
      problems.push({ parameter: key, value, reason: 'not a setting of this page' })
  }
  return { view: view.state, filters: filters.state, problems }
}

/** Which data a link shows: the dataset, its frozen version and the synthetic corpus's size. */
export type DataChoice = Pick<ViewState, 'dataset' | 'version' | 'size'>

const dataChoiceParameters = {
  dataset: viewParameters.dataset,
  version: viewParameters.version,
  size: viewParameters.size,
}

/**
 * The data a link asks for, read by the view's own rows before the data is in: the rest of the
 * view and the filters are read once, by `parseUrlState`, when the data can check their ids.
 */
export function readDataChoice(search: string): DataChoice {
  return readParameters(dataChoiceParameters, new URLSearchParams(search), undefined).state
}

/**
 * Writes the state as a query string, filters first, in a fixed order so equal views give equal
 * links. Parameters of other parts of the app are carried over from `keep`.
 */
export function serializeUrlState(state: UrlState, keep?: URLSearchParams): string {
  const params = new URLSearchParams()
  writeParameters(filterParameters, state.filters, params)
  const view = new URLSearchParams()
  writeParameters(viewParameters, state.view, view)
  for (const [key, value] of view) {
    params.append(key, value)
    // A link to the synthetic corpus names its size even at the default: the size stays in the
    // address as the reader picks an event or a filter, and the link keeps showing that corpus.
    if (key === 'dataset' && value === 'synthetic' && !view.has('size'))
      params.append('size', String(state.view.size))
  }
  for (const key of otherParameters) {
    const value = keep?.get(key)
    if (value) params.set(key, value)
  }
  // Commas and colons separate values; left unescaped they keep shared links readable.
  const text = params.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':')
  return text ? `?${text}` : ''
}
