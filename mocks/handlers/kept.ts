/**
 * Answers kept per dataset version, least recently asked dropped first once their bytes pass
 * `budget`. A version's data never changes, so a kept answer is never stale; keyed by the version
 * object itself, its answers go when it does.
 */
export function keptPerVersion<Value extends ArrayBufferView>(budget: number) {
  const byVersion = new WeakMap<object, { values: Map<string, Value>; bytes: number }>()
  return (version: object, key: string, make: () => Value): Value => {
    let kept = byVersion.get(version)
    if (!kept) byVersion.set(version, (kept = { values: new Map(), bytes: 0 }))
    const found = kept.values.get(key)
    if (found) {
      // Asked again: now the most recent.
      kept.values.delete(key)
      kept.values.set(key, found)
      return found
    }
    const value = make()
    // One answer larger than the whole budget is made each time, not kept.
    if (value.byteLength > budget) return value
    kept.values.set(key, value)
    kept.bytes += value.byteLength
    for (const [oldKey, old] of kept.values) {
      if (kept.bytes <= budget) break
      kept.values.delete(oldKey)
      kept.bytes -= old.byteLength
    }
    return value
  }
}
