/** The items under each key `keyOf` gives them, in the order given, gathered in one pass. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    const group = groups.get(key)
    if (group) group.push(item)
    else groups.set(key, [item])
  }
  return groups
}

/** Each actor's statements, in the order given. */
export const statementsByActor = <S extends { actorId: string }>(statements: readonly S[]) =>
  groupBy(statements, (statement) => statement.actorId)
