import { uniqueId } from './changes'
import type { WorkspaceStatement } from './records'

/**
 * How the analyst resolves a record the workspace already holds with other content. Apart from
 * the reading of files, so that the page resolving conflicts does not load the CSV parser.
 */
export type Resolution = 'keep-mine' | 'take-theirs' | 'keep-both'

/** A statement of a file whose id the workspace already holds. */
export type Conflict = { incoming: WorkspaceStatement; existing: WorkspaceStatement }

/**
 * The statements to write for every conflict, each as the analyst resolved it. An id a kept-both
 * statement takes is taken for the next one.
 */
export function resolveConflicts(
  conflicts: readonly Conflict[],
  choose: (conflict: Conflict) => Resolution,
  takenIds: Iterable<string>,
): WorkspaceStatement[] {
  const taken = new Set(takenIds)
  return conflicts.flatMap((conflict) => {
    const written = resolveConflict(conflict, choose(conflict), taken)
    for (const statement of written) taken.add(statement.id)
    return written
  })
}

/** The statements to write for one conflict, as the analyst resolved it. */
export function resolveConflict(
  conflict: Conflict,
  resolution: Resolution,
  takenIds: Iterable<string>,
): WorkspaceStatement[] {
  if (resolution === 'keep-mine') return []
  if (resolution === 'take-theirs') return [conflict.incoming]
  return [{ ...conflict.incoming, id: uniqueId(conflict.incoming.id, takenIds) }]
}
