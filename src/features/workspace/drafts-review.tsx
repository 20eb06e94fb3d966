import { useState } from 'react'
import { extractDrafts, type Draft } from '../../lib/workspace/extract'
import type { SourceVersion, WorkspaceActor } from '../../lib/workspace/records'
import type { WorkspaceLabels } from './use-labels'

/**
 * The extractor's suggestions for one source, read against the event it is filed under and the
 * actors the analyst added; each is accepted, taken into the form, or rejected.
 */
export function DraftsReview({
  source,
  labels,
  actors,
  onAccept,
  onEdit,
}: {
  source: SourceVersion
  labels: WorkspaceLabels
  actors: readonly WorkspaceActor[]
  onAccept: (draft: Draft) => Promise<boolean>
  onEdit: (draft: Draft) => void
}) {
  const [drafts, setDrafts] = useState<Draft[] | null>(null)
  const remove = (draft: Draft) =>
    setDrafts((held) => held?.filter((item) => item.id !== draft.id) ?? null)
  return (
    <section aria-labelledby="workspace-drafts" className="workspace-panel">
      <h3 id="workspace-drafts">Suggested drafts</h3>
      <button
        type="button"
        onClick={() =>
          setDrafts(
            extractDrafts(source.text, {
              event: labels.event,
              actors: actors.map(({ id, name, shortName, otherNames = [] }) => ({
                id,
                name,
                aliases: [shortName, ...otherNames],
              })),
            }),
          )
        }
      >
        Suggest drafts
      </button>
      {drafts?.length === 0 && <p>No reporting verb tied to a known actor was found.</p>}
      {drafts && drafts.length > 0 && (
        <ul className="workspace-drafts">
          {drafts.map((draft) => (
            <li key={draft.id} aria-label={`Draft: ${draft.actorName}, ${draft.trigger.text}`}>
              <p>
                <strong>{draft.actorName}</strong> · suggested stance:{' '}
                {draft.stance ? labels.stance(draft.stance) : 'none'} · triggered by the words “
                {draft.trigger.text}”{draft.speaker && ` · speaker ${draft.speaker}`}
              </p>
              <p className="workspace-passage">{draft.passage.text}</p>
              <p className="workspace-muted">{draft.reason}</p>
              <div className="workspace-actions">
                <button
                  type="button"
                  onClick={() => void onAccept(draft).then((saved) => saved && remove(draft))}
                >
                  Accept
                </button>
                <button
                  type="button"
                  onClick={() => {
                    onEdit(draft)
                    remove(draft)
                  }}
                >
                  Edit
                </button>
                <button type="button" onClick={() => remove(draft)}>
                  Reject
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
