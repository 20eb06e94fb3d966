import 'fake-indexeddb/auto'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { WorkspacePage } from '../../src/features/workspace/workspace-page'
import type { WorkspaceData } from '../../src/lib/workspace/records'
import { openWorkspaceStore } from '../../src/lib/workspace/store'

let count = 0

/** A workspace in IndexedDB holding `data`, by its database name. */
export async function seeded(data: WorkspaceData) {
  const name = `workspace-import-${(count += 1)}-${Math.random()}`
  const store = await openWorkspaceStore(name)
  await store.replace(data)
  store.close()
  return name
}

/** Every table of the workspace as IndexedDB holds it, read afresh. */
export async function stored(name: string) {
  const store = await openWorkspaceStore(name)
  const data = await store.read()
  store.close()
  return data
}

/** The workspace page as the app mounts it, once it has read the workspace. */
export async function renderWorkspacePage(name: string) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <WorkspacePage databaseName={name} />
    </QueryClientProvider>,
  )
  await screen.findByRole('heading', { name: /^Your statements/ })
}
