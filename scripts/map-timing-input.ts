// The map's inputs at scale, shared by the Node and the browser timing scripts so both measure the
// same map: every UN member state with statements over 20 events.
import { createElement } from 'react'
import { statements } from '../data/statements'
import { deriveStanceSummary } from '../src/lib/codebook/derive-stance'
import { stanceIds } from '../src/lib/vocabulary'
import type { Actor } from '../src/lib/schemas/actor'
import type { Statement } from '../src/lib/schemas/statement'
import type { ActorResult } from '../src/lib/statements/actor-results'
import type { MapCountry } from '../src/features/charts/map/borders'
import type { MapChart } from '../src/features/charts/map/map-chart'
import { southCaucasus } from '../src/features/charts/map/map-region'
import type { MapEntry } from '../src/features/charts/map/map-classes'
import type { CodebookLabels } from '../src/lib/labels'

export const unMembers = 193
export const events = 20

export type MapTimingInput = {
  actors: Actor[]
  /** How many of the actors are countries the boundary data draws. */
  drawn: number
  /** Each event's results, as the page holds them for one event. */
  perEvent: (readonly ActorResult[])[]
  /** The actor's map feature: the synthetic states carry their code as their emblem. */
  codeOf: (actor: Actor) => string
}

/** Every member drawn in the data, plus the members too small for it, as synthetic states. */
export function mapTimingInput(countries: readonly MapCountry[]): MapTimingInput {
  const [first] = statements
  if (!first) throw new Error('The mock data has no statements to copy.')
  const template: Statement = first
  const drawn = countries.flatMap((country) => (country.code ? [country] : []))
  const actors: Actor[] = [
    ...drawn.map((country) => ({ code: country.code ?? '', name: country.name })),
    ...Array.from({ length: unMembers - drawn.length }, (_, index) => ({
      code: `s${String(index).padStart(2, '0')}`,
      name: `Small state ${index + 1}`,
    })),
  ].map(({ code, name }, index) => ({
    id: `state-${code}`,
    name,
    shortName: name,
    kind: 'state',
    emblem: code,
    isParty: false,
    order: index + 1,
  }))
  const eventInput = (seed: number): readonly ActorResult[] =>
    actors.map((actor, index) => {
      const own = Array.from({ length: 1 + ((index + seed) % 4) }, (_, n) => ({
        ...template,
        id: `${actor.id}-${seed}-${n}`,
        actorId: actor.id,
        stance:
          (index + n + seed) % 9 === 0 ? null : (stanceIds[(index * 7 + n + seed) % 4] ?? null),
      }))
      return { actor, summary: deriveStanceSummary(actor, own), statements: own }
    })
  return {
    actors,
    drawn: drawn.length,
    perEvent: Array.from({ length: events }, (_, seed) => eventInput(seed)),
    codeOf: (actor) => actor.emblem,
  }
}

/**
 * The map as both timings draw it, 900 px wide with the South Caucasus inset, for `entries`. The
 * component is passed in: Node imports it only once its stylesheet can be skipped.
 */
export const mapElement = (
  Chart: typeof MapChart,
  countries: readonly MapCountry[],
  entries: readonly MapEntry[],
  labels: CodebookLabels,
) =>
  createElement(Chart, {
    countries,
    entries,
    labels,
    width: 900,
    region: southCaucasus,
    onPick: () => {},
  })
