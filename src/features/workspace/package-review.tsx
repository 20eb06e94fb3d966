import { useId, useState } from 'react'
import type { Change } from '../../lib/workspace/changes'
import { countsText, workspaceCounts } from '../../lib/workspace/counts'
import type { Resolution } from '../../lib/workspace/resolve'
import {
  mergeChange,
  resolutionsFor,
  type MergeConflict,
  type MergePlan,
} from '../../lib/workspace/merge'
import type { WorkspaceData } from '../../lib/workspace/records'
import { useConflictChoices, type ConflictWords } from './conflict-choice'
import { formatCount } from '../../lib/format'

const kindWords: Record<MergeConflict['kind'], string> = {
  event: 'The event',
  actor: 'The actor',
  source: 'The source',
  statement: 'The statement',
}

const legendOf = (conflict: MergeConflict) =>
  conflict.kind === 'source'
    ? `${kindWords.source} “${conflict.mine.title}” (version ${conflict.mine.version}) is in your workspace with ${conflict.sameText ? 'other details' : 'other words'}`
    : `${kindWords[conflict.kind]} “${conflict.key}” is in your workspace with other content`

function notesOf(conflict: MergeConflict): Partial<Record<Resolution, string>> {
  if (conflict.kind !== 'source' || conflict.sameText || conflict.statements === 0) return {}
  const one = conflict.statements === 1
  const statements = `${conflict.statements} ${one ? 'statement' : 'statements'}`
  return {
    'keep-mine': `the file’s ${statements} coded in it ${one ? 'is' : 'are'} left out, since ${one ? 'it points' : 'they point'} at other words`,
    'keep-both': `theirs is added as a source of its own, with its ${statements}`,
  }
}

const words: ConflictWords<MergeConflict> = {
  keyOf: (conflict) => `${conflict.kind}:${conflict.key}`,
  nameOf: (conflict) =>
    conflict.kind === 'source'
      ? `“${conflict.mine.title}” (version ${conflict.mine.version})`
      : conflict.key,
  legendOf,
  optionsOf: resolutionsFor,
  notesOf,
}

/**
 * An exported workspace before it is imported: merged into the analyst's, each conflict resolved
 * one by one, or in place of it, saying first what that removes. Either can be undone.
 */
export function PackageReview({
  name,
  plan,
  current,
  onMerge,
  onReplace,
  onCancel,
}: {
  name: string
  plan: MergePlan
  current: WorkspaceData
  onMerge: (change: Change) => Promise<void>
  onReplace: () => Promise<void>
  onCancel: () => void
}) {
  const group = useId()
  const [mode, setMode] = useState<'merge' | 'replace'>('merge')
  const { list, choiceOf, unresolved } = useConflictChoices(plan.conflicts, words)
  const [open, setOpen] = useState<string | null>(null)

  const merge = async () => {
    const still = unresolved()
    setOpen(still)
    if (still) return
    await onMerge(mergeChange(current, plan, (conflict) => choiceOf(conflict) ?? 'keep-mine'))
  }

  return (
    <div className="workspace-package-review">
      <p>
        {`“${name}” holds ${countsText(workspaceCounts(plan.incoming))}. Your workspace holds ${countsText(workspaceCounts(current))}.`}
      </p>
      <fieldset>
        <legend>How to import it</legend>
        <label className="workspace-check">
          <input
            type="radio"
            name={group}
            checked={mode === 'merge'}
            onChange={() => setMode('merge')}
          />{' '}
          Merge it into my workspace
        </label>
        <label className="workspace-check">
          <input
            type="radio"
            name={group}
            checked={mode === 'replace'}
            onChange={() => setMode('replace')}
          />{' '}
          Replace my workspace with it
        </label>
      </fieldset>
      {mode === 'merge' ? (
        <>
          <p>
            {`Records new to your workspace: ${formatCount(plan.added)}; in it already, unchanged: ${formatCount(plan.same)}; different from yours: ${formatCount(plan.conflicts.length)}.`}
          </p>
          {list}
          {open && <p role="alert">{open}</p>}
          <div className="workspace-actions">
            <button type="button" onClick={() => void merge()}>
              Merge it
            </button>
            <button type="button" className="workspace-secondary" onClick={onCancel}>
              Cancel
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="workspace-warning">
            {`Replacing removes everything in your workspace now: ${countsText(workspaceCounts(current))}. You can undo it until you close this tab.`}
          </p>
          <div className="workspace-actions">
            <button type="button" className="workspace-danger" onClick={() => void onReplace()}>
              Replace my workspace
            </button>
            <button type="button" className="workspace-secondary" onClick={onCancel}>
              Cancel
            </button>
          </div>
        </>
      )}
    </div>
  )
}
