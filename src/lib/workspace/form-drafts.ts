import * as z from 'zod/mini'

/**
 * What a workspace form held when it was last typed in: the values of its named fields, what it
 * keeps outside them (the spans chosen, the actor, the pasted text), and when. A draft is kept
 * until the form is saved or the analyst discards it, so a reload mid-edit loses nothing.
 *
 * Drafts live in localStorage rather than in the workspace's IndexedDB: they are read while the
 * form first renders (synchronously, so the restored words are in the fields from the first
 * paint and never overwrite what is typed after it), they are written as the analyst types
 * (where a workspace write would be a transaction and a nudge to every tab and to the mock API),
 * and they are not the analyst's data: an export, an import or the dashboard never sees them.
 */
export type FormDraft = { savedAt: string; fields: Record<string, string>; state: unknown }

const storedDraftSchema = z.object({
  version: z.literal(1),
  savedAt: z.iso.datetime(),
  fields: z.record(z.string(), z.string()),
  state: z.unknown(),
})

const prefix = 'reactions-tracker:workspace-draft:'

/** One key per form and workspace: "source:new", "source:norvania@2", "statement:norvania@2". */
export const draftKey = (workspace: string, form: string) => `${prefix}${workspace}:${form}`

/** The draft kept under `key`, or null; an entry that is not a draft is dropped. */
export function readDraft(key: string): FormDraft | null {
  try {
    const text = localStorage.getItem(key)
    if (text === null) return null
    const parsed = storedDraftSchema.safeParse(JSON.parse(text))
    if (parsed.success) {
      const { savedAt, fields, state } = parsed.data
      return { savedAt, fields, state }
    }
  } catch {
    // Unreadable storage or broken JSON: as if nothing was kept.
  }
  removeDraft(key)
  return null
}

/** Keeps the draft; false where the browser refuses to store it (full, or blocked). */
export function writeDraft(key: string, draft: FormDraft): boolean {
  try {
    localStorage.setItem(key, JSON.stringify({ version: 1, ...draft }))
    return true
  } catch {
    return false
  }
}

export function removeDraft(key: string): void {
  try {
    localStorage.removeItem(key)
  } catch {
    // Nothing could have been kept there either.
  }
}
