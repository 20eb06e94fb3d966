/** Where the workspace is stored in this browser. */
export const workspaceDatabaseName = 'reactions-workspace'

/** The channel each saved change is announced on, to this tab and the others. */
export const workspaceChannelName = 'reactions-workspace'
