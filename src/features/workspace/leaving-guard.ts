/**
 * What the workspace's forms hold that is not saved yet, and the warnings before leaving with it:
 * the browser's own on a reload or a closed tab, and a question when a link takes the analyst to
 * another page of the app (the dashboard, the method). One guard for the page, however many forms
 * are unsaved, so the question is asked once.
 */
type Unsaved = { what: string; kept: boolean }

const unsaved = new Map<symbol, Unsaved>()

const listed = (items: readonly string[]) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`

/** The question a link asks before it leaves the workspace with unsaved work. */
export function leavingQuestion(held: readonly Unsaved[]): string {
  const what = listed(held.map((item) => item.what))
  const kept = held.every((item) => item.kept)
    ? 'What you typed is kept as a draft in this browser and comes back when you return.'
    : 'This browser would not keep a draft, so what you typed would be lost.'
  return `${what.charAt(0).toUpperCase()}${what.slice(1)} ${held.length > 1 ? 'are' : 'is'} not saved yet. ${kept} Leave the workspace?`
}

// The browsers this app supports show their own warning when the event is cancelled.
const warnOnUnload = (event: BeforeUnloadEvent) => event.preventDefault()

function askOnLeaving(event: MouseEvent) {
  if (event.defaultPrevented || event.button !== 0) return
  // A modified click opens the page in another tab or window: this one keeps its work.
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null
  if (!link || link.closest('.workspace-page') || link.getAttribute('target') === '_blank') return
  // A link within the page (the skip link) goes nowhere.
  if (link.getAttribute('href')?.startsWith('#')) return
  if (window.confirm(leavingQuestion([...unsaved.values()]))) return
  // Caught on the way down, before the app's own handler moves to the other page.
  event.preventDefault()
  event.stopPropagation()
}

/** Says what a form holds unsaved (and whether its draft is kept), or with null that it holds none. */
export function markUnsaved(form: symbol, held: Unsaved | null) {
  const before = unsaved.size
  if (held) unsaved.set(form, held)
  else unsaved.delete(form)
  if (before === 0 && unsaved.size > 0) {
    window.addEventListener('beforeunload', warnOnUnload)
    window.addEventListener('click', askOnLeaving, true)
  }
  if (before > 0 && unsaved.size === 0) {
    window.removeEventListener('beforeunload', warnOnUnload)
    window.removeEventListener('click', askOnLeaving, true)
  }
}
