import { gazetteerEntry } from '../gazetteer/gazetteer'
import { sourceTextProblem } from './import-limits'
import type { WorkspaceData } from './records'

/**
 * What in a package points at nothing, or is too large to keep. A statement must point at a
 * version of a source the package holds (the served workspace drops one that does not, so it
 * would vanish), and be by an actor the package, the dataset or the gazetteer knows.
 */
export function packageProblems(
  data: WorkspaceData,
  datasetActorIds: ReadonlySet<string>,
): string[] {
  const problems: string[] = []
  for (const source of data.sources) {
    const tooLong = sourceTextProblem(source.text, `“${source.title}” (version ${source.version})`)
    if (tooLong) problems.push(tooLong)
  }
  const versions = new Set(data.sources.map((source) => `${source.id}@${source.version}`))
  const ownActors = new Set(data.actors.map((actor) => actor.id))
  for (const statement of data.statements) {
    if (!versions.has(`${statement.sourceId}@${statement.sourceVersion}`))
      problems.push(
        `The statement “${statement.id}” points at version ${statement.sourceVersion} of the source “${statement.sourceId}”, which the file does not hold.`,
      )
    const actor = statement.actorId
    if (!ownActors.has(actor) && !datasetActorIds.has(actor) && !gazetteerEntry(actor))
      problems.push(
        `The statement “${statement.id}” is by “${actor}”, an actor neither the file, the dataset nor the gazetteer knows.`,
      )
  }
  return problems
}
