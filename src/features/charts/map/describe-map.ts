import { countOf } from '../../../lib/format'
import type { CodebookLabels } from '../../../lib/labels'
import { mapClasses, type MapClass, type MapEntry } from './map-classes'

const list = (items: readonly string[]) =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`
// Past this many names a sentence stops helping; the table lists them all.
const namesShown = 6

export function mapClassLabel(mapClass: MapClass, labels: CodebookLabels): string {
  if (mapClass === 'not-placed') return 'Not placed on the scale'
  if (mapClass === 'no-statement') return 'No statement'
  return labels.stance(mapClass)
}

/** An entry's class, with the stances of a tie across events: never a silent tie-break. */
export function entryClassLabel(entry: MapEntry, labels: CodebookLabels): string {
  const tie =
    entry.tied.length > 0
      ? ` (tied: ${list(entry.tied.map((stance) => labels.stance(stance)))})`
      : ''
  return `${mapClassLabel(entry.mapClass, labels)}${tie}`
}

/** What a country's hover, focus or list item says: its class (and a tie's stances) and count. */
export function entrySummary(entry: MapEntry, labels: CodebookLabels): string {
  return `${entryClassLabel(entry, labels)}, ${countOf(entry.statements, 'statement')}`
}

const names = (entries: readonly MapEntry[]) => {
  const shown = entries.slice(0, namesShown).map((entry) => entry.actor.shortName)
  const more = entries.length - shown.length
  return more > 0 ? `${shown.join(', ')} and ${more} more` : list(shown)
}

/**
 * Whether an entry is listed beside the map rather than drawn: organisations and other actors
 * that are not countries, and states too small for the data (when the drawn codes are known).
 */
export function isBeside(entry: MapEntry, drawnCodes?: ReadonlySet<string>): boolean {
  return entry.code === null || (drawnCodes !== undefined && !drawnCodes.has(entry.code))
}

/** The map in sentences: countries by class in scale order, then the actors listed beside it. */
export function describeMap(
  entries: readonly MapEntry[],
  labels: CodebookLabels,
  drawnCodes?: ReadonlySet<string>,
): string {
  const drawn = entries.filter((entry) => !isBeside(entry, drawnCodes))
  const beside = entries.filter((entry) => isBeside(entry, drawnCodes))
  const classes = mapClasses
    .filter((mapClass) => mapClass !== 'no-statement')
    .flatMap((mapClass) => {
      const inClass = drawn.filter((entry) => entry.mapClass === mapClass)
      if (inClass.length === 0) return []
      const count =
        inClass.length > namesShown ? ` (${countOf(inClass.length, 'country', 'countries')})` : ''
      return [`${mapClassLabel(mapClass, labels)}${count}: ${names(inClass)}`]
    })
  const map =
    classes.length === 0
      ? 'No country on the map has a statement.'
      : `On the map, ${classes.join('. ')}. Every other country: no statement.`
  const tied = entries.filter((entry) => entry.tied.length > 0)
  const ties =
    tied.length === 0
      ? ''
      : ` Tied across events, so not placed on the scale: ${tied
          .slice(0, namesShown)
          .map(
            (entry) =>
              `${entry.actor.shortName} (${list(entry.tied.map((stance) => labels.stance(stance)))} equally often)`,
          )
          .join('; ')}${tied.length > namesShown ? ` and ${tied.length - namesShown} more` : ''}.`
  const side =
    beside.length === 0
      ? ''
      : ` Beside the map: ${beside
          .slice(0, namesShown * 2)
          .map((entry) => `${entry.actor.shortName} (${entryClassLabel(entry, labels)})`)
          .join(
            '; ',
          )}${beside.length > namesShown * 2 ? `; and ${beside.length - namesShown * 2} more, listed in the table` : ''}.`
  return `${map}${ties}${side}`
}

export type MapTableRow = {
  actorId: string
  actor: string
  mapClass: string
  statements: number
  place: 'On the map' | 'Beside the map'
}

/** The map as a table: one row per actor, in the actors' order. */
export function mapTableRows(
  entries: readonly MapEntry[],
  labels: CodebookLabels,
  drawnCodes?: ReadonlySet<string>,
): MapTableRow[] {
  return entries.map((entry) => ({
    actorId: entry.actor.id,
    actor: entry.actor.name,
    mapClass: entryClassLabel(entry, labels),
    statements: entry.statements,
    place: isBeside(entry, drawnCodes) ? 'Beside the map' : 'On the map',
  }))
}
