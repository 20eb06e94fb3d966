import { createContext, use, useEffect, useState, type MouseEvent, type ReactNode } from 'react'
import { fillTerms, genericTerms } from '../lib/codebook/event-terms'
import { glossaryAnchor, type GlossaryId } from '../lib/glossary-ids'
import { useTip } from './use-tip'
import './tip.css'

/** Where a term's link goes, and the event's words its definition is filled with. */
export type GlossaryLinks = {
  link: (id: GlossaryId) => { href: string; onClick?: (event: MouseEvent) => void }
  fill: (text: string) => string
}

// Without a page to say otherwise, a term links to its entry on the method page.
const GlossaryContext = createContext<GlossaryLinks>({
  link: (id) => ({ href: `?view=method#${glossaryAnchor(id)}` }),
  fill: (text) => fillTerms(text, genericTerms),
})

export function GlossaryProvider({
  value,
  children,
}: {
  value: GlossaryLinks
  children: ReactNode
}) {
  return <GlossaryContext value={value}>{children}</GlossaryContext>
}

/**
 * A word the glossary explains: a link to its entry, whose definition shows beside it while the
 * pointer is over it or the link has the focus, and is then its accessible description.
 */
export function Term({ id, children }: { id: GlossaryId; children: ReactNode }) {
  const { link, fill } = use(GlossaryContext)
  const { open, wrapper, trigger, tip } = useTip()
  const definition = useDefinition(id, open)
  const target = link(id)
  return (
    // The pointer may move from the word onto its definition without it closing: the hover is
    // the pair's, the link being the one control.
    <span className="term" {...wrapper}>
      <a className="term-link" href={target.href} onClick={target.onClick} {...trigger}>
        {children}
      </a>
      {open && definition !== null && (
        <span className="tip-text" {...tip}>
          {fill(definition)}
        </span>
      )}
    </span>
  )
}

/** A term's definition, loaded with the glossary the first time a reader opens one. */
function useDefinition(id: GlossaryId, open: boolean): string | null {
  const [definition, setDefinition] = useState<string | null>(null)
  useEffect(() => {
    if (!open || definition !== null) return
    let current = true
    void import('../lib/glossary').then(({ glossaryEntry }) => {
      if (current) setDefinition(glossaryEntry(id).definition)
    })
    return () => {
      current = false
    }
  }, [id, open, definition])
  return definition
}
