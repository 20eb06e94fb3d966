import { workspaceChannelName, workspaceDatabaseName } from './names'
import type { WorkspaceData } from './records'

/** Whether this browser holds a workspace, asked without opening (or creating) it. */
export async function hasStoredWorkspace(): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return false
  try {
    const databases = await indexedDB.databases()
    return databases.some((database) => database.name === workspaceDatabaseName)
  } catch {
    return false
  }
}

/**
 * Hands the analyst's workspace to `serve` now and after every change saved in this tab or
 * another, then calls `changed` so the page asks for its data again. Nothing is loaded for a
 * visitor who never used the workspace until a change is announced. Gives back how to stop.
 */
export async function followWorkspace(
  serve: (data: WorkspaceData) => void,
  changed: () => void,
): Promise<() => void> {
  const refresh = async () => {
    // The storage library loads only for a browser that has (or just made) a workspace.
    const { openWorkspaceStore } = await import('./store')
    const store = await openWorkspaceStore()
    try {
      serve(await store.read())
    } finally {
      store.close()
    }
    changed()
  }
  const channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(workspaceChannelName)
  if (channel)
    channel.onmessage = () => {
      void refresh().catch((error: unknown) => {
        console.warn(`Your workspace could not be read: ${String(error)}`)
      })
    }
  if (await hasStoredWorkspace()) await refresh()
  return () => channel?.close()
}
