import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { codebookQueryOptions } from '../../lib/api/codebook'
import { genericTerms } from '../../lib/codebook/event-terms'
import { gazetteerEntry } from '../../lib/gazetteer/gazetteer'
import { codebookLabels, type CodebookLabels } from '../../lib/labels'
import type { WorkspaceActor } from '../../lib/workspace/records'

/** "calls-for-restraint" → "Calls for restraint": readable while the codebook's own words load. */
const fromId = (id: string) => {
  const words = id.replaceAll('-', ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

export type WorkspaceLabels = CodebookLabels & {
  /** An actor's name and emblem: the analyst's own actor, a gazetteer entry, or the id itself. */
  actor: (id: string) => { name: string; emblem: string }
}

/** The words the workspace shows for ids: the codebook's labels and the actors' names. */
export function useWorkspaceLabels(own: readonly WorkspaceActor[]): WorkspaceLabels {
  const codebook = useQuery(codebookQueryOptions()).data
  return useMemo(() => {
    const labels: CodebookLabels = codebook
      ? codebookLabels(codebook)
      : { stance: fromId, dimension: fromId, terms: genericTerms, fill: (text) => text }
    return {
      ...labels,
      actor: (id) => {
        const mine = own.find((actor) => actor.id === id)
        if (mine) return { name: mine.name, emblem: mine.emblem }
        const entry = gazetteerEntry(id)
        return entry
          ? { name: entry.name, emblem: entry.flag ?? 'none' }
          : { name: id, emblem: 'none' }
      },
    }
  }, [codebook, own])
}
