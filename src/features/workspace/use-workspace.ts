import { useCallback, useEffect, useRef, useState } from 'react'
import type { Change } from '../../lib/workspace/changes'
import { countsText, workspaceCounts } from '../../lib/workspace/counts'
import { workspaceChannelName, workspaceDatabaseName } from '../../lib/workspace/names'
import { emptyWorkspace, type WorkspaceData } from '../../lib/workspace/records'
import {
  openWorkspaceStore,
  storageErrorMessage,
  type StorageStatus,
  type WorkspaceStore,
} from '../../lib/workspace/store'

export type Undo = { label: string; change: Change }

/** The workspace as it was before it was replaced whole (an import, or clearing it). */
export type RestorePoint = {
  /** What was done: "Cleared the workspace: removed …". */
  label: string
  /** The button that brings it back: "Undo clearing". */
  undoLabel: string
  data: WorkspaceData
}

/**
 * The last restore point of each workspace, kept for this tab's session: leaving the page and
 * coming back keeps it, and other changes do not drop it as they drop an ordinary undo.
 */
const restorePoints = new Map<string, RestorePoint>()

/** The analyst's workspace: its data, where it is kept, and the one way to change it. */
export function useWorkspace(databaseName?: string) {
  const [store, setStore] = useState<WorkspaceStore | null>(null)
  const [data, setData] = useState<WorkspaceData>(emptyWorkspace)
  const [error, setError] = useState<string | null>(null)
  const [undo, setUndo] = useState<Undo | null>(null)
  const pointKey = databaseName ?? workspaceDatabaseName
  const [restorePoint, setRestorePoint] = useState(() => restorePoints.get(pointKey) ?? null)
  const channel = useRef<BroadcastChannel | null>(null)

  useEffect(() => {
    let live = true
    // Read through a call: a check after an await must see the cleanup's change.
    const isLive = () => live
    let opened: WorkspaceStore | null = null
    void openWorkspaceStore(databaseName).then(async (next) => {
      if (!live) return next.close()
      opened = next
      try {
        const read = await next.read()
        if (!isLive()) return
        setData(read)
        setStore(next)
      } catch (cause) {
        // A page left while the workspace was being read closes it under the read: nothing is lost.
        if (isLive()) throw cause
      }
    })
    return () => {
      live = false
      opened?.close()
    }
  }, [databaseName])

  // Another tab's change arrives as a nudge; this tab reads the stored data afresh.
  useEffect(() => {
    if (!store || typeof BroadcastChannel === 'undefined') return
    const opened = new BroadcastChannel(workspaceChannelName)
    opened.onmessage = () => void store.read().then(setData)
    channel.current = opened
    return () => {
      opened.close()
      channel.current = null
    }
  }, [store])

  const commit = useCallback(
    async (write: (store: WorkspaceStore) => Promise<void>, nextUndo: Undo | null) => {
      if (!store) return false
      try {
        await write(store)
      } catch (caught) {
        setError(caught instanceof Error ? caught.message : storageErrorMessage(caught))
        return false
      }
      setData(await store.read())
      setError(null)
      setUndo(nextUndo)
      channel.current?.postMessage('changed')
      return true
    },
    [store],
  )

  const apply = useCallback(
    (change: Change, undoable: Undo | null = null) =>
      commit((held) => held.write(change), undoable),
    [commit],
  )
  /**
   * Replaces the whole workspace with `next`, keeping what it was as the restore point, with
   * `label` saying what was done and `undoLabel` on its button. Bringing it back replaces again,
   * so what that replaces becomes the next restore point: nothing is lost within the session.
   */
  const replace = useCallback(
    async (next: WorkspaceData, label: string, undoLabel: string) => {
      const kept: { before?: WorkspaceData } = {}
      const saved = await commit(async (held) => {
        kept.before = await held.read()
        await held.replace(next)
      }, null)
      if (saved && kept.before) {
        const point = { label, undoLabel, data: kept.before }
        restorePoints.set(pointKey, point)
        setRestorePoint(point)
      }
      return saved
    },
    [commit, pointKey],
  )
  const runUndo = useCallback(() => {
    if (undo) void apply(undo.change)
  }, [apply, undo])
  const restore = useCallback(() => {
    if (restorePoint)
      void replace(
        restorePoint.data,
        `Brought back the workspace as it was: ${countsText(workspaceCounts(restorePoint.data))}.`,
        'Undo bringing it back',
      )
  }, [replace, restorePoint])

  const status: StorageStatus | null = store?.status ?? null
  return {
    ready: store !== null,
    status,
    data,
    error,
    apply,
    replace,
    undo,
    runUndo,
    restorePoint,
    restore,
  }
}

export type Workspace = ReturnType<typeof useWorkspace>
