// The figures bench-browser reports, from the entries the page recorded.
import type { Entry } from './bench-browser-page'

export const percentile = (list: readonly number[], p: number) => {
  if (list.length === 0) return null
  const sorted = [...list].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
export const round = (value: number | null | undefined) =>
  value == null ? null : Math.round(value)
export const longest = (tasks: readonly Entry[], from = -Infinity, to = Infinity) =>
  tasks
    .filter((task) => task.start + task.duration >= from && task.start <= to)
    .reduce((max, task) => Math.max(max, task.duration), 0)

/**
 * One figure per interaction: its longest event, from input to the next paint (INP's rule); the
 * clicks' interactions are those that started before `afterClicks`.
 */
export function interactions(events: readonly Entry[], afterClicks: number) {
  const byInteraction = new Map<number, number>()
  for (const event of events) {
    if (!event.interactionId || event.start < 0) continue
    byInteraction.set(
      event.interactionId,
      Math.max(byInteraction.get(event.interactionId) ?? 0, event.duration),
    )
  }
  const clicks = events
    .filter((event) => event.interactionId && event.name === 'click' && event.start < afterClicks)
    .map((event) => byInteraction.get(event.interactionId ?? 0) ?? event.duration)
  return { clicks, all: [...byInteraction.values()] }
}
