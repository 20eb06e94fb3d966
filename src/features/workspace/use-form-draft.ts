import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import type * as z from 'zod/mini'
import { readDraft, removeDraft, writeDraft } from '../../lib/workspace/form-drafts'
import { markUnsaved } from './leaving-guard'

/** A form's kept draft, its state checked against the form's own schema. */
export type Restored<State> = { savedAt: string; fields: Record<string, string>; state: State }

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement

function namedFields(form: HTMLFormElement): Field[] {
  return [...form.elements].filter(
    (element): element is Field =>
      (element instanceof HTMLInputElement ||
        element instanceof HTMLSelectElement ||
        element instanceof HTMLTextAreaElement) &&
      element.name !== '' &&
      element.type !== 'file',
  )
}

type Snapshot = { text: string; fields: Record<string, string>; state: unknown }

const isBox = (field: Field) => field instanceof HTMLInputElement && field.type === 'checkbox'

/** The values of a form's named fields; a ticked box reads "on", as the form sends it. */
export function fieldsOf(form: HTMLFormElement): Record<string, string> {
  return Object.fromEntries(
    namedFields(form).map((field) => [
      field.name,
      isBox(field) ? (field instanceof HTMLInputElement && field.checked ? 'on' : '') : field.value,
    ]),
  )
}

function restoreFields(form: HTMLFormElement, fields: Record<string, string>) {
  for (const field of namedFields(form)) {
    const value = fields[field.name]
    if (value === undefined) continue
    if (field instanceof HTMLInputElement && isBox(field)) field.checked = value === 'on'
    else field.value = value
  }
}

/** The draft kept under `key`, read once as the form first renders; null if none fits the form. */
export function useRestoredDraft<State>(
  key: string,
  schema: z.ZodMiniType<State>,
): Restored<State> | null {
  const [restored] = useState(() => {
    const draft = readDraft(key)
    const state = draft ? schema.safeParse(draft.state) : null
    return draft && state?.success ? { ...draft, state: state.data } : null
  })
  return restored
}

// Long enough to write once per pause in typing, short enough that a reload rarely beats it;
// a leaving page writes what is pending at once.
const pause = 400

/**
 * Keeps a form's draft while the analyst types: its named fields (read from the form) and the
 * state it holds outside them. Restores the kept fields once mounted; warns before leaving while
 * the form differs from how it started; `clear` drops the draft once saved or discarded.
 */
export function useKeptDraft<State>({
  key,
  form,
  restored,
  state,
  pristine,
  what,
  onEdit,
}: {
  key: string
  form: RefObject<HTMLFormElement | null>
  restored: Restored<State> | null
  state: State
  /** The state of the form as it starts without a draft. */
  pristine: State
  /** What the form holds, for the warning: "the source you are adding". */
  what: string
  onEdit?: () => void
}) {
  const baseline = useRef('')
  const latest = useRef(state)
  const kept = useRef(true)
  const pending = useRef<{ snapshot: Snapshot; timer: number } | null>(null)
  const [guard] = useState(() => Symbol(key))

  const write = useCallback(
    ({ text, fields, state: held }: Snapshot) => {
      if (text === baseline.current) return removeDraft(key)
      kept.current = writeDraft(key, { savedAt: new Date().toISOString(), fields, state: held })
      markUnsaved(guard, { what, kept: kept.current })
    },
    [key, guard, what],
  )

  const flush = useCallback(() => {
    const held = pending.current
    if (!held) return
    window.clearTimeout(held.timer)
    pending.current = null
    write(held.snapshot)
  }, [write])

  const changed = () => {
    if (!form.current) return
    const fields = fieldsOf(form.current)
    const text = JSON.stringify({ fields, state: latest.current })
    if (pending.current) window.clearTimeout(pending.current.timer)
    pending.current = {
      snapshot: { text, fields, state: latest.current },
      timer: window.setTimeout(flush, pause),
    }
    // Unsaved from the first key pressed, though the draft is written at the next pause.
    markUnsaved(guard, text === baseline.current ? null : { what, kept: kept.current })
    onEdit?.()
  }

  // How the form starts, read before the draft's fields are put back (so that undoing every
  // change reads as no change at all); then the draft, before the first paint. Once only: a
  // second run (React's strict mode runs effects twice) would read the draft as the start.
  useLayoutEffect(() => {
    if (!form.current || baseline.current) return
    baseline.current = JSON.stringify({ fields: fieldsOf(form.current), state: pristine })
    if (restored) restoreFields(form.current, restored.fields)
    // Only as the form first mounts: later changes are the analyst's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  const stateText = JSON.stringify(state)
  const first = useRef(true)
  useEffect(() => {
    latest.current = state
    if (first.current) {
      first.current = false
      return
    }
    changed()
    // The state's words, not its identity: a render that changes nothing keeps nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stateText])

  // A leaving page, or the form going away, keeps what is pending.
  useEffect(() => {
    window.addEventListener('pagehide', flush)
    return () => {
      window.removeEventListener('pagehide', flush)
      flush()
    }
  }, [flush])
  // A restored draft is unsaved work from the start; a form gone holds none. (After the effect
  // above, so that what its clean-up writes is unmarked here.)
  useEffect(() => {
    if (restored) markUnsaved(guard, { what, kept: true })
    return () => markUnsaved(guard, null)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [guard])

  const clear = useCallback(() => {
    if (pending.current) window.clearTimeout(pending.current.timer)
    pending.current = null
    removeDraft(key)
    markUnsaved(guard, null)
  }, [key, guard])

  return { changed, clear }
}
