import type { WorkspaceData } from './records'
import { countOf } from '../format'

/** What a workspace holds, as an analyst counts it: a source with three versions is one source. */
export type WorkspaceCounts = {
  sources: number
  versions: number
  statements: number
  events: number
  actors: number
}

export function workspaceCounts(data: WorkspaceData): WorkspaceCounts {
  return {
    sources: new Set(data.sources.map((source) => source.id)).size,
    versions: data.sources.length,
    statements: data.statements.length,
    events: data.events.length,
    actors: data.actors.length,
  }
}

const counted = (value: number, one: string, many: string) => countOf(value, one, many)

/** "3 sources (4 versions), 12 statements, 1 event and 2 actors", or "nothing". */
export function countsText(counts: WorkspaceCounts): string {
  const parts = [
    counts.sources > 0 &&
      `${counted(counts.sources, 'source', 'sources')}${
        counts.versions > counts.sources
          ? ` (${counted(counts.versions, 'version', 'versions')})`
          : ''
      }`,
    counts.statements > 0 && counted(counts.statements, 'statement', 'statements'),
    counts.events > 0 && counted(counts.events, 'event', 'events'),
    counts.actors > 0 && counted(counts.actors, 'added actor', 'added actors'),
  ].filter((part): part is string => typeof part === 'string')
  if (parts.length === 0) return 'nothing'
  const last = parts.pop()
  return parts.length > 0 ? `${parts.join(', ')} and ${last ?? ''}` : (last ?? '')
}
