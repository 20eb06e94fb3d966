import { createContext, use, useId, useState, type MouseEvent, type ReactNode } from 'react'
import { fillTerms, genericTerms } from '../lib/codebook/event-terms'
import { glossaryAnchor, glossaryEntry, type GlossaryId } from '../lib/glossary'
import './term.css'

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
 * pointer is over it or the link has the focus, and is then its accessible description. Escape
 * hides it again, the focus staying where it was.
 */
export function Term({ id, children }: { id: GlossaryId; children?: ReactNode }) {
  const { link, fill } = use(GlossaryContext)
  const entry = glossaryEntry(id)
  const [hovered, setHovered] = useState(false)
  const [focused, setFocused] = useState(false)
  const [dismissed, setDismissed] = useState(false)
  const tipId = useId()
  const open = (hovered || focused) && !dismissed
  const target = link(id)
  return (
    // The pointer may move from the word onto its definition without it closing: the hover is
    // the pair's, the link being the one control.
    <span
      className="term"
      role="presentation"
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => {
        setHovered(false)
        setDismissed(false)
      }}
    >
      <a
        className="term-link"
        href={target.href}
        onClick={target.onClick}
        aria-describedby={open ? tipId : undefined}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false)
          setDismissed(false)
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) {
            event.stopPropagation()
            setDismissed(true)
          }
        }}
      >
        {children ?? entry.term}
      </a>
      {open && (
        <span className="term-tip" role="tooltip" id={tipId}>
          {fill(entry.definition)}
        </span>
      )}
    </span>
  )
}
