import { observerStates, organisations, states } from '../gazetteer/gazetteer'
import { seatsThatSpeak } from '../gazetteer/metonyms'
import { otherNameRows } from '../gazetteer/other-names'
import { people, peopleSource, type Person } from '../gazetteer/people'
import type { Actor } from '../schemas/actor'
import { compactText, foldText, type SearchTerm } from './search'

/**
 * Why a name stands for an actor: another name of it, its capital, another seat of its
 * government, an organisation's seat, or a person the article names in its office.
 */
export type NameReason = 'name' | 'capital' | 'seat' | 'organisation-seat' | 'person'

/** One actor a name stands for; `source`: only in the statements of that source. */
export type NameTarget = { actorId: string; reason: NameReason; person?: Person; source?: string }

type NameEntry = { written: string; targets: NameTarget[] }

type NamedActor = Pick<Actor, 'id' | 'name' | 'shortName'>

/** A run of the search's terms that is another name, and what it stands for in the dataset. */
export type NameMatch = {
  /** The name as the gazetteer writes it ("Turkey", "The Hague", "Pashinyan"). */
  written: string
  /** The terms typed for it: their own matches still count. */
  terms: SearchTerm[]
  /** The actors of the dataset it stands for, each with why. */
  targets: (NameTarget & { actor: NamedActor })[]
  /** Words also looked for, as written: the actor's own name, a person's other spellings. */
  spellings: string[]
}

export type ResolvedSearch = { plain: SearchTerm[]; names: NameMatch[] }

/** Where a city's standing is disputed, a search takes no side: it finds the city's words alone. */
const disputed = new Set(['Jerusalem'])
/** The most terms one name is typed in ("Former Yugoslav Republic of Macedonia"). */
const longestName = 6

const keyOf = (name: string) => compactText(foldText(name))

let table: Map<string, NameEntry> | null = null

/** Every other name, keyed by its folded, compacted spelling; built once, on first use. */
export function nameTable(): ReadonlyMap<string, NameEntry> {
  if (table) return table
  const built = new Map<string, NameEntry>()
  const add = (written: string, target: NameTarget) => {
    const key = keyOf(written)
    if (key.length < 2) return
    const entry = built.get(key) ?? { written, targets: [] }
    const same = entry.targets.some(
      (known) => known.actorId === target.actorId && known.person === target.person,
    )
    if (!same) entry.targets.push(target)
    built.set(key, entry)
  }
  for (const state of [...states, ...observerStates]) {
    for (const name of state.aliases) add(name, { actorId: state.id, reason: 'name' })
    if (!disputed.has(state.capital)) add(state.capital, { actorId: state.id, reason: 'capital' })
  }
  for (const [actorId, reason, names] of otherNameRows)
    for (const name of names) add(name, { actorId, reason })
  for (const organisation of organisations)
    for (const name of organisation.aliases) add(name, { actorId: organisation.id, reason: 'name' })
  // Of organisations' seats, only one that speaks for it in news prose ("Brussels urged"); the
  // others (New York, Geneva) are cities first. Brussels is Belgium's capital as well: it stands
  // for both, and a search for it finds both.
  for (const [seat, { organisation }] of Object.entries(seatsThatSpeak))
    add(seat, { actorId: organisation, reason: 'organisation-seat' })
  for (const person of people) {
    const target: NameTarget = {
      actorId: person.actorId,
      reason: 'person',
      person,
      source: peopleSource,
    }
    const given = person.name.split(' ').slice(0, -1).join(' ')
    for (const name of [person.name, ...person.spellings]) {
      add(name, target)
      add(surname(name), target)
      if (!name.includes(' ')) add(`${given} ${name}`, target)
    }
  }
  table = built
  return built
}

const surname = (name: string) => name.split(' ').at(-1) ?? name

/**
 * The other names of one dataset's actors. A name stands for an actor the dataset has, and not
 * where it is that actor's own name or short name, which its statements already carry; a person's
 * other spellings are looked for whether or not the dataset has the actor.
 */
export function otherNamesOf(actors: readonly NamedActor[]) {
  const byId = new Map(actors.map((actor) => [actor.id, actor]))
  const match = (key: string, terms: SearchTerm[]): NameMatch | null => {
    const entry = nameTable().get(key)
    if (!entry) return null
    const targets: NameMatch['targets'] = []
    const spellings = new Map<string, string>()
    const spell = (written: string) => {
      if (keyOf(written) !== key && !spellings.has(keyOf(written)))
        spellings.set(keyOf(written), written)
    }
    for (const target of entry.targets) {
      const actor = byId.get(target.actorId)
      const { person } = target
      if (person) for (const name of [person.name, ...person.spellings]) spell(surname(name))
      if (!actor) continue
      if (!person && (keyOf(actor.name) === key || keyOf(actor.shortName) === key)) continue
      targets.push({ ...target, actor })
      if (target.reason === 'name') spell(actor.name)
    }
    if (targets.length === 0 && spellings.size === 0) return null
    return { written: entry.written, terms, targets, spellings: [...spellings.values()] }
  }
  return {
    /**
     * The search's terms with the runs that are other names taken out: at each term, the longest
     * run of up to six that spells a name ("the hague", "washington dc"); a quoted phrase is one.
     */
    resolve(terms: readonly SearchTerm[]): ResolvedSearch {
      const plain: SearchTerm[] = []
      const names: NameMatch[] = []
      for (let at = 0; at < terms.length;) {
        let found: NameMatch | null = null
        for (let end = Math.min(terms.length, at + longestName); end > at && !found; end -= 1) {
          const run = terms.slice(at, end)
          if (run.length > 1 && run.some((term) => term.phrase)) continue
          found = match(run.map((term) => term.compact).join(''), run)
        }
        if (found) {
          names.push(found)
          at += found.terms.length
        } else {
          const term = terms[at]
          if (term) plain.push(term)
          at += 1
        }
      }
      return { plain, names }
    },
    /**
     * The names a search can find something by in this dataset: its actors' names and the other
     * names that stand for them (a person's, where the dataset has the source that names them).
     */
    known(sources: ReadonlySet<string>): string[] {
      const names = actors.flatMap((actor) => [actor.name, actor.shortName])
      for (const entry of nameTable().values()) {
        const reaches = entry.targets.some(
          (target) =>
            byId.has(target.actorId) && (target.source === undefined || sources.has(target.source)),
        )
        if (reaches) names.push(entry.written)
      }
      return [...new Set(names)]
    },
  }
}

export type OtherNames = ReturnType<typeof otherNamesOf>
