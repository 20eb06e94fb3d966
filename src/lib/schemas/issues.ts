/** What a schema check reports: each problem, and where in the input it is. */
type Issues = { issues: readonly { path: readonly PropertyKey[]; message: string }[] }

/**
 * Each problem a schema check found, as "where: what", naming `whole` where the problem is with
 * the input as a whole.
 */
export function issueMessages(error: Issues, whole: string): string[] {
  return error.issues.map(
    (issue) => `${issue.path.map(String).join('.') || whole}: ${issue.message}`,
  )
}
