import type { StorageStatus } from '../../lib/workspace/store'

/** Says plainly when work is not being kept on this device, and offers the way to keep it. */
export function StorageBanner({
  status,
  onExport,
}: {
  status: StorageStatus | null
  onExport: () => void
}) {
  if (status?.kind !== 'memory') return null
  return (
    <div className="workspace-banner" role="alert">
      <p>{status.message}</p>
      <button type="button" onClick={onExport}>
        Export the workspace
      </button>
    </div>
  )
}
