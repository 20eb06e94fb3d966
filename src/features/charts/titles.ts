import type { ChartId } from '../../lib/url-state/view-state'

/** Each chart's title: its figure's caption, its exported image and the Embed dialog's choice. */
export const chartTitles: Record<ChartId, string> = {
  distribution: 'How many take each stance',
  spectrum: 'Where each actor stands',
  timeline: 'Statements over time',
  matrix: 'Who took which position',
  agreement: 'How far each pair agrees',
  map: 'Where each country stands',
}
