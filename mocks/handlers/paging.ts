import type { QueryProblem } from '../../src/lib/schemas/statement-query'

export const defaultLimit = 500
export const maxLimit = 5000

/** The API's own parameters beside the filters. */
export const pagingParameters = ['limit', 'cursor'] as const

export type Page = { offset: number; limit: number }

/** FNV-1a: a short, stable fingerprint; it tells queries apart, it does not keep secrets. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5
  for (let at = 0; at < text.length; at += 1) {
    hash ^= text.charCodeAt(at)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}

const toBase64Url = (text: string) =>
  btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')

/** An opaque cursor: where the next page starts, for this query on this dataset only. */
export const encodeCursor = (offset: number, print: string) => toBase64Url(`${offset}.${print}`)

function decodeCursor(cursor: string): { offset: number; print: string } | null {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(cursor)) return null
  let text: string
  try {
    text = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'))
  } catch {
    return null
  }
  const match = /^(\d{1,9})\.([0-9a-f]{8})$/.exec(text)
  return match ? { offset: Number(match[1]), print: match[2] ?? '' } : null
}

/** Reads `limit` and `cursor`; a cursor made for another query or dataset version is refused. */
export function readPage(
  params: URLSearchParams,
  print: string,
): { page: Page; problems: QueryProblem[] } {
  const problems: QueryProblem[] = []
  const limits = params.getAll('limit')
  let limit = defaultLimit
  if (limits.length > 0) {
    const text = limits[0] ?? ''
    const value = /^\d{1,6}$/.test(text) ? Number(text) : NaN
    if (limits.length > 1 || !(value >= 1 && value <= maxLimit))
      problems.push({
        field: 'limit',
        message: `a whole number from 1 to ${maxLimit}, given once (got "${limits.join(', ').slice(0, 100)}")`,
      })
    else limit = value
  }
  const cursors = params.getAll('cursor')
  let offset = 0
  if (cursors.length > 0) {
    const decoded = cursors.length === 1 ? decodeCursor(cursors[0] ?? '') : null
    if (!decoded) problems.push({ field: 'cursor', message: 'not a cursor this API gave out' })
    else if (decoded.print !== print)
      problems.push({
        field: 'cursor',
        message:
          'this cursor belongs to another query or dataset version; page with the same filters that gave it',
      })
    else offset = decoded.offset
  }
  return { page: { offset, limit }, problems }
}
