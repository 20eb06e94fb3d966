import { useMemo, type ReactNode } from 'react'
import { GlossaryProvider, type GlossaryLinks } from '../components/term'
import { fillTerms, genericTerms } from '../lib/codebook/event-terms'
import { glossaryAnchor } from '../lib/glossary-ids'
import { pageLink } from './page-nav'
import { useView } from './view-context'

const genericFill = (text: string) => fillTerms(text, genericTerms)

/**
 * A term on a page of this view links to its entry on the method page, keeping the filters, and
 * reads in the words of the event in view. Made again only when the view or the words change, so
 * the cards' terms are not drawn again on every render of the page.
 */
export function GlossaryOfView({ children }: { children: ReactNode }) {
  const { view, linkTo, navigate, labels } = useView()
  const fill = labels?.fill ?? genericFill
  const value = useMemo<GlossaryLinks>(
    () => ({
      link: (id) => pageLink({ view, linkTo, navigate }, 'method', `#${glossaryAnchor(id)}`),
      fill,
    }),
    [view, linkTo, navigate, fill],
  )
  return <GlossaryProvider value={value}>{children}</GlossaryProvider>
}
