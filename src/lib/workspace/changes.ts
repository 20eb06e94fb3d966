import type {
  SourceVersion,
  WorkspaceActor,
  WorkspaceData,
  WorkspaceEvent,
  WorkspaceStatement,
} from './records'

export type SourceKey = { id: string; version: number }

/** One change to the workspace, written in one transaction: records to put, then to delete. */
export type Change = {
  put: {
    events?: WorkspaceEvent[]
    sources?: SourceVersion[]
    actors?: WorkspaceActor[]
    statements?: WorkspaceStatement[]
  }
  delete: {
    events?: string[]
    sources?: SourceKey[]
    actors?: string[]
    statements?: string[]
  }
}

export function putChange(put: Change['put']): Change {
  return { put, delete: {} }
}

/** The change applied to data held in memory; the IndexedDB store applies the same change. */
export function applyChange(data: WorkspaceData, change: Change): WorkspaceData {
  const upsert = <T>(rows: T[], added: T[] | undefined, key: (row: T) => string): T[] => {
    if (!added?.length) return rows
    const byKey = new Map(rows.map((row) => [key(row), row]))
    for (const row of added) byKey.set(key(row), row)
    return [...byKey.values()]
  }
  const without = <T>(rows: T[], removed: string[] | undefined, key: (row: T) => string) => {
    if (!removed?.length) return rows
    const gone = new Set(removed)
    return rows.filter((row) => !gone.has(key(row)))
  }
  const sourceKey = (source: SourceKey) => `${source.id}@${source.version}`
  return {
    events: without(
      upsert(data.events, change.put.events, (row) => row.id),
      change.delete.events,
      (row) => row.id,
    ),
    sources: without(
      upsert(data.sources, change.put.sources, sourceKey),
      change.delete.sources?.map(sourceKey),
      sourceKey,
    ),
    actors: without(
      upsert(data.actors, change.put.actors, (row) => row.id),
      change.delete.actors,
      (row) => row.id,
    ),
    statements: without(
      upsert(data.statements, change.put.statements, (row) => row.id),
      change.delete.statements,
      (row) => row.id,
    ),
  }
}

/**
 * The change that undoes `change` once it is written to `data`: each record it put goes back to
 * what it was, or away where it was new, and each record it deleted comes back. Linear, so an
 * import of 100,000 statements can be undone too.
 */
export function inverseChange(data: WorkspaceData, change: Change): Change {
  const undo: Change = { put: {}, delete: {} }
  const invert = <T, K>(
    rows: readonly T[],
    put: readonly T[] | undefined,
    removed: readonly K[] | undefined,
    keyOf: (row: T) => string,
    keyOfRemoved: (key: K) => string,
    keyFor: (row: T) => K,
  ) => {
    const held = new Map(rows.map((row) => [keyOf(row), row]))
    const back: T[] = []
    const away: K[] = []
    for (const row of put ?? []) {
      const before = held.get(keyOf(row))
      if (before) back.push(before)
      else away.push(keyFor(row))
    }
    for (const key of removed ?? []) {
      const before = held.get(keyOfRemoved(key))
      if (before) back.push(before)
    }
    return { back, away }
  }
  const id = (row: { id: string }) => row.id
  const same = (key: string) => key
  const sourceKey = (key: SourceKey) => `${key.id}@${key.version}`
  const events = invert(data.events, change.put.events, change.delete.events, id, same, id)
  const actors = invert(data.actors, change.put.actors, change.delete.actors, id, same, id)
  const statements = invert(
    data.statements,
    change.put.statements,
    change.delete.statements,
    id,
    same,
    id,
  )
  const sources = invert(
    data.sources,
    change.put.sources,
    change.delete.sources,
    sourceKey,
    sourceKey,
    ({ id, version }) => ({ id, version }),
  )
  undo.put = {
    events: events.back,
    actors: actors.back,
    sources: sources.back,
    statements: statements.back,
  }
  undo.delete = {
    events: events.away,
    actors: actors.away,
    sources: sources.away,
    statements: statements.away,
  }
  return undo
}

/** The newest version of each source, in the order they were added. */
export function latestSources(data: WorkspaceData): SourceVersion[] {
  const latest = new Map<string, SourceVersion>()
  for (const source of data.sources) {
    const held = latest.get(source.id)
    if (!held || held.version < source.version) latest.set(source.id, source)
  }
  return [...latest.values()].sort((a, b) => a.addedAt.localeCompare(b.addedAt))
}

export function findSource(data: WorkspaceData, key: SourceKey): SourceVersion | undefined {
  return data.sources.find((source) => source.id === key.id && source.version === key.version)
}

/** A version is frozen once a statement points into it. */
export function isFrozen(data: WorkspaceData, key: SourceKey): boolean {
  return data.statements.some(
    (statement) => statement.sourceId === key.id && statement.sourceVersion === key.version,
  )
}

/**
 * Saving an edit: a version nothing points into is changed in place; a frozen one is kept as it
 * is and the edit becomes the next version.
 */
export function editSourceChange(
  data: WorkspaceData,
  current: SourceVersion,
  edited: Omit<SourceVersion, 'id' | 'version' | 'addedAt'>,
  now: string,
): Change {
  if (!isFrozen(data, current)) return putChange({ sources: [{ ...current, ...edited }] })
  const newest = Math.max(
    ...data.sources.filter((source) => source.id === current.id).map((source) => source.version),
  )
  return putChange({
    sources: [{ ...edited, id: current.id, version: newest + 1, addedAt: now }],
  })
}

/** Deleting a statement, and the change that undoes it. */
export function deleteStatementChange(
  data: WorkspaceData,
  id: string,
): { change: Change; undo: Change } | undefined {
  const statement = data.statements.find((row) => row.id === id)
  if (!statement) return undefined
  return {
    change: { put: {}, delete: { statements: [id] } },
    undo: putChange({ statements: [statement] }),
  }
}

/** Deleting a source with every version and every statement coded from it, and its undo. */
export function deleteSourceChange(
  data: WorkspaceData,
  id: string,
): { change: Change; undo: Change } | undefined {
  const versions = data.sources.filter((source) => source.id === id)
  if (versions.length === 0) return undefined
  const statements = data.statements.filter((statement) => statement.sourceId === id)
  return {
    change: {
      put: {},
      delete: {
        sources: versions.map(({ id, version }) => ({ id, version })),
        statements: statements.map((statement) => statement.id),
      },
    },
    undo: putChange({ sources: versions, statements }),
  }
}

/** A readable id that does not collide with one already in use. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  // A set is used as it is: an import asks once for each of thousands of statements.
  const used: ReadonlySet<string> = taken instanceof Set ? taken : new Set(taken)
  const stem =
    base
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'item'
  if (!used.has(stem)) return stem
  let n = 2
  while (used.has(`${stem}-${n}`)) n += 1
  return `${stem}-${n}`
}
