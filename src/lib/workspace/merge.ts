import { putChange, uniqueId, type Change } from './changes'
import type { Resolution } from './resolve'
import { canonicalJson } from './data-package'
import type {
  SourceVersion,
  WorkspaceActor,
  WorkspaceData,
  WorkspaceEvent,
  WorkspaceStatement,
} from './records'

/** A record of the file whose key the workspace already holds with other content. */
export type MergeConflict =
  | { kind: 'event'; key: string; mine: WorkspaceEvent; theirs: WorkspaceEvent }
  | { kind: 'actor'; key: string; mine: WorkspaceActor; theirs: WorkspaceActor }
  | {
      kind: 'source'
      key: string
      mine: SourceVersion
      theirs: SourceVersion
      /** Whether both hold the same words, so that statements coded in either fit the other. */
      sameText: boolean
      /** Their statements coded in this version. */
      statements: number
    }
  | { kind: 'statement'; key: string; mine: WorkspaceStatement; theirs: WorkspaceStatement }

export type MergePlan = {
  incoming: WorkspaceData
  /** Records of the file the workspace lacks: they are added. */
  added: number
  /** Records of the file the workspace already holds just as they are. */
  same: number
  conflicts: MergeConflict[]
}

const sourceKey = (row: { id: string; version: number }) => `${row.id}@${row.version}`
const statementSource = (row: WorkspaceStatement) =>
  sourceKey({ id: row.sourceId, version: row.sourceVersion })

/**
 * How the file's records meet the workspace's: each added, already there, or in conflict. Linear
 * in both: the workspace's records are looked up by key, and only records that share a key are
 * compared in full.
 */
export function planMerge(current: WorkspaceData, incoming: WorkspaceData): MergePlan {
  let added = 0
  let same = 0
  const conflicts: MergeConflict[] = []
  const theirStatementsIn = new Map<string, number>()
  for (const statement of incoming.statements) {
    const key = statementSource(statement)
    theirStatementsIn.set(key, (theirStatementsIn.get(key) ?? 0) + 1)
  }
  const meet = <T>(
    mine: readonly T[],
    theirs: readonly T[],
    keyOf: (row: T) => string,
    conflict: (key: string, mine: T, theirs: T) => MergeConflict,
  ) => {
    const held = new Map(mine.map((row) => [keyOf(row), row]))
    for (const row of theirs) {
      const key = keyOf(row)
      const existing = held.get(key)
      if (existing === undefined) added += 1
      else if (canonicalJson(existing) === canonicalJson(row)) same += 1
      else conflicts.push(conflict(key, existing, row))
    }
  }
  const byId = (row: { id: string }) => row.id
  meet(current.events, incoming.events, byId, (key, mine, theirs) => ({
    kind: 'event',
    key,
    mine,
    theirs,
  }))
  meet(current.actors, incoming.actors, byId, (key, mine, theirs) => ({
    kind: 'actor',
    key,
    mine,
    theirs,
  }))
  meet(current.sources, incoming.sources, sourceKey, (key, mine, theirs) => ({
    kind: 'source',
    key,
    mine,
    theirs,
    sameText: mine.text === theirs.text,
    statements: theirStatementsIn.get(key) ?? 0,
  }))
  meet(current.statements, incoming.statements, byId, (key, mine, theirs) => ({
    kind: 'statement',
    key,
    mine,
    theirs,
  }))
  return { incoming, added, same, conflicts }
}

/** The choices a conflict offers: a source's other words never replace words coded in. */
export function resolutionsFor(conflict: MergeConflict): Resolution[] {
  if (conflict.kind === 'event' || conflict.kind === 'actor') return ['keep-mine', 'take-theirs']
  if (conflict.kind === 'source' && !conflict.sameText) return ['keep-mine', 'keep-both']
  return ['keep-mine', 'take-theirs', 'keep-both']
}

/**
 * The change a merge writes, each conflict resolved as `choose` says. Keeping both gives their
 * record a new id, and their statements coded in a source kept both way follow it. Where the
 * analyst keeps their own version of a source with other words, the file's statements coded in
 * it are left out (the choice says how many), since their offsets point at other words.
 */
export function mergeChange(
  current: WorkspaceData,
  plan: MergePlan,
  choose: (conflict: MergeConflict) => Resolution,
): Change {
  const { incoming } = plan
  const skipped = new Set<string>()
  const statementSkipped = new Set<string>()
  const renamedSource = new Map<string, string>()
  const renamedStatement = new Map<string, string>()
  const takenSources = new Set(current.sources.map((source) => source.id))
  const takenStatements = new Set(current.statements.map((statement) => statement.id))
  for (const statement of incoming.statements) takenStatements.add(statement.id)
  for (const source of incoming.sources) takenSources.add(source.id)
  for (const conflict of plan.conflicts) {
    const resolution = choose(conflict)
    const key = `${conflict.kind}:${conflict.key}`
    if (resolution === 'keep-mine') skipped.add(key)
    if (conflict.kind === 'source' && resolution === 'keep-mine' && !conflict.sameText)
      statementSkipped.add(conflict.key)
    if (resolution !== 'keep-both') continue
    if (conflict.kind === 'source') {
      const id = uniqueId(conflict.theirs.id, takenSources)
      takenSources.add(id)
      renamedSource.set(conflict.key, id)
    } else if (conflict.kind === 'statement') {
      const id = uniqueId(conflict.theirs.id, takenStatements)
      takenStatements.add(id)
      renamedStatement.set(conflict.key, id)
    }
  }
  const kept = <T>(rows: readonly T[], kind: string, keyOf: (row: T) => string) =>
    rows.filter((row) => !skipped.has(`${kind}:${keyOf(row)}`))
  const byId = (row: { id: string }) => row.id
  return putChange({
    events: kept(incoming.events, 'event', byId),
    actors: kept(incoming.actors, 'actor', byId),
    sources: kept(incoming.sources, 'source', sourceKey).map((source) => {
      const id = renamedSource.get(sourceKey(source))
      return id ? { ...source, id } : source
    }),
    statements: kept(incoming.statements, 'statement', byId)
      .filter((statement) => !statementSkipped.has(statementSource(statement)))
      .map((statement) => {
        const id = renamedStatement.get(statement.id) ?? statement.id
        const sourceId = renamedSource.get(statementSource(statement)) ?? statement.sourceId
        return id === statement.id && sourceId === statement.sourceId
          ? statement
          : { ...statement, id, sourceId }
      }),
  })
}
