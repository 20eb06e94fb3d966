import { useCallback, useEffect, useRef, useState } from 'react'
import type { Change } from '../../lib/workspace/changes'
import { workspaceChannelName } from '../../lib/workspace/names'
import { emptyWorkspace, type WorkspaceData } from '../../lib/workspace/records'
import {
  openWorkspaceStore,
  storageErrorMessage,
  type StorageStatus,
  type WorkspaceStore,
} from '../../lib/workspace/store'

export type Undo = { label: string; change: Change }

/** The analyst's workspace: its data, where it is kept, and the one way to change it. */
export function useWorkspace(databaseName?: string) {
  const [store, setStore] = useState<WorkspaceStore | null>(null)
  const [data, setData] = useState<WorkspaceData>(emptyWorkspace)
  const [error, setError] = useState<string | null>(null)
  const [undo, setUndo] = useState<Undo | null>(null)
  const channel = useRef<BroadcastChannel | null>(null)

  useEffect(() => {
    let live = true
    let opened: WorkspaceStore | null = null
    void openWorkspaceStore(databaseName).then(async (next) => {
      if (!live) return next.close()
      opened = next
      setData(await next.read())
      setStore(next)
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
  const replace = useCallback(
    (next: WorkspaceData) => commit((held) => held.replace(next), null),
    [commit],
  )
  const runUndo = useCallback(() => {
    if (undo) void apply(undo.change)
  }, [apply, undo])

  const status: StorageStatus | null = store?.status ?? null
  return { ready: store !== null, status, data, error, apply, replace, undo, runUndo }
}

export type Workspace = ReturnType<typeof useWorkspace>
