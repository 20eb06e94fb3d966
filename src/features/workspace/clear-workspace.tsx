import { useState } from 'react'
import { countsText, workspaceCounts } from '../../lib/workspace/counts'
import type { WorkspaceData } from '../../lib/workspace/records'

/**
 * Clearing the workspace: set apart from the everyday actions and drawn as a destructive one,
 * it says first what it removes and offers an export, and it can be undone until the tab closes.
 */
export function ClearWorkspace({
  data,
  onExport,
  onClear,
}: {
  data: WorkspaceData
  onExport: () => void
  onClear: (label: string) => Promise<boolean>
}) {
  const [confirming, setConfirming] = useState(false)
  const held = countsText(workspaceCounts(data))
  if (!confirming)
    return (
      <div className="workspace-actions workspace-apart">
        <button type="button" className="workspace-danger" onClick={() => setConfirming(true)}>
          Clear the workspace
        </button>
      </div>
    )
  return (
    <div className="workspace-warning" role="group" aria-label="Clear the workspace">
      <p>
        {`Clearing removes ${held} from this browser. You can undo it until you close this tab; to keep a copy for good, export the workspace first.`}
      </p>
      <div className="workspace-actions">
        <button type="button" className="workspace-secondary" onClick={onExport}>
          Export the workspace first
        </button>
        <button
          type="button"
          className="workspace-danger"
          onClick={() =>
            void onClear(`Cleared the workspace: removed ${held}.`).then(() => setConfirming(false))
          }
        >
          Yes, clear everything
        </button>
        <button type="button" className="workspace-secondary" onClick={() => setConfirming(false)}>
          Keep it
        </button>
      </div>
    </div>
  )
}
