import * as z from 'zod/mini'
import { workspaceDataSchema, type WorkspaceData } from './records'
import { issueMessages } from '../schemas/issues'
import { importLimits, nestsDeeperThan } from './import-limits'
import { packageProblems } from './package-references'

export const packageFormat = 'reactions-workspace'

export const dataPackageSchema = z.object({
  format: z.literal(packageFormat),
  schemaVersion: z.literal(2),
  exportedAt: z.iso.datetime(),
  /** SHA-256 of the canonical JSON of `data`, so a damaged or edited file is noticed. */
  checksum: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  data: workspaceDataSchema,
})
export type DataPackage = z.infer<typeof dataPackageSchema>

/** JSON with object keys sorted, so the same data always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  )
}

export async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}

export async function createDataPackage(data: WorkspaceData, now: Date): Promise<DataPackage> {
  return {
    format: packageFormat,
    schemaVersion: 2,
    exportedAt: now.toISOString(),
    checksum: await sha256(canonicalJson(data)),
    data,
  }
}

export type PackageReading = { ok: true; data: WorkspaceData } | { ok: false; problems: string[] }

/**
 * Reads an exported workspace back, refusing a file that is not one, that was changed, that
 * nests deeper than an export does, whose sources are too long to keep, or whose statements
 * point at a source or an actor there is not. The cheap checks come first. `datasetActorIds`: the
 * dataset's actors, which a statement may be by besides the file's own and the gazetteer's.
 */
export async function readDataPackage(
  text: string,
  datasetActorIds: ReadonlySet<string> = new Set(),
): Promise<PackageReading> {
  if (nestsDeeperThan(text, importLimits.packageDepth)) {
    return {
      ok: false,
      problems: [
        `The file nests its data more than ${importLimits.packageDepth} levels deep, which no exported workspace does, so it was not read.`,
      ],
    }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, problems: ['The file is not JSON, so it is not an exported workspace.'] }
  }
  const parsed = dataPackageSchema.safeParse(json)
  if (!parsed.success) {
    return {
      ok: false,
      problems: issueMessages(parsed.error, 'The file'),
    }
  }
  const problems = packageProblems(parsed.data.data, datasetActorIds)
  if (problems.length > 0) return { ok: false, problems }
  const checksum = await sha256(canonicalJson(parsed.data.data))
  if (checksum !== parsed.data.checksum) {
    return {
      ok: false,
      problems: [
        'The file’s checksum does not match its contents: it was changed or damaged after it was exported, so nothing was imported.',
      ],
    }
  }
  return { ok: true, data: parsed.data.data }
}
