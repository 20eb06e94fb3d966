import type { Actor } from '../schemas/actor'
import { foldText } from '../engine/search'
import { organisationRows } from './organisations'
import { observerRows, stateRows, type StateRow } from './states'

type Common = {
  /** The same ids the tracker's actors use: `united-states`, `turkiye`, `european-union`. */
  id: string
  name: string
  shortName: string
  /** Other names in use ("Turkey", "Russian Federation", "U.N."), for matching text. */
  aliases: readonly string[]
}

export type GazetteerState = Common & {
  /** An observer state of the United Nations (the Holy See, the State of Palestine) is no member. */
  kind: 'state' | 'observer-state'
  /** ISO 3166-1 alpha-2, lower case as flag-icons names its files. */
  alpha2: string
  alpha3: string
  /** ISO 3166-1 numeric, the key world maps join on. */
  numeric: number
  capital: string
  demonym: string
  flag: string
}

export type GazetteerOrganisation = Common & {
  kind: 'international-organisation'
  /** The flag-icons code of its emblem, or null where flag-icons has none. */
  flag: string | null
  /** The city of its seat or secretariat; null for a forum without one. */
  seat: string | null
}

export type GazetteerEntry = GazetteerState | GazetteerOrganisation

const stateOf =
  (kind: GazetteerState['kind']) =>
  ([
    id,
    name,
    alpha2,
    alpha3,
    numeric,
    capital,
    demonym,
    aliases = [],
  ]: StateRow): GazetteerState => ({
    kind,
    id,
    name,
    shortName: id === 'united-states' ? 'US' : name,
    aliases,
    alpha2,
    alpha3,
    numeric,
    capital,
    demonym,
    flag: alpha2,
  })

export const states: readonly GazetteerState[] = stateRows.map(stateOf('state'))
export const observerStates: readonly GazetteerState[] = observerRows.map(stateOf('observer-state'))

export const organisations: readonly GazetteerOrganisation[] = organisationRows.map(
  ([id, name, shortName, flag, seat, aliases = []]) => ({
    kind: 'international-organisation',
    id,
    name,
    shortName,
    aliases,
    flag,
    seat,
  }),
)

/** States and observer states in alphabetical order, then organisations in the order listed. */
export const gazetteer: readonly GazetteerEntry[] = [
  ...[...states, ...observerStates].sort((a, b) => a.name.localeCompare(b.name, 'en')),
  ...organisations,
]

const byId = new Map(gazetteer.map((entry) => [entry.id, entry]))

export function gazetteerEntry(id: string): GazetteerEntry | undefined {
  return byId.get(id)
}

/**
 * Places that stand for an actor in news prose ("Moscow said", "Brussels urged"). A capital
 * stands for its state; a city that is also an organisation's seat (Brussels) stays its state's,
 * since the prose's own words decide which one is meant and only a reader of them can tell.
 */
const byPlace = new Map<string, GazetteerState>(
  [...states, ...observerStates].map((state) => [foldText(state.capital), state]),
)

export function stateForCapital(place: string): GazetteerState | undefined {
  return byPlace.get(foldText(place))
}

const byName = new Map<string, GazetteerEntry | null>()
for (const entry of gazetteer) {
  const names = [entry.name, entry.shortName, ...entry.aliases]
  if (entry.kind !== 'international-organisation') names.push(entry.demonym)
  for (const name of new Set(names.map(foldText))) {
    // A name two entries share ("Dominican", "Congolese") names neither for certain.
    byName.set(name, byName.has(name) ? null : entry)
  }
}

/** The entry a name, short name, other name or demonym refers to, ignoring case and accents. */
export function findByName(name: string): GazetteerEntry | undefined {
  return byName.get(foldText(name)) ?? undefined
}

/** The entry as one of the tracker's actors; flags missing from flag-icons show no emblem. */
export function gazetteerActor(entry: GazetteerEntry, order: number): Actor {
  return {
    id: entry.id,
    name: entry.name,
    shortName: entry.shortName,
    kind: entry.kind,
    emblem: entry.flag ?? 'none',
    isParty: false,
    order,
  }
}
