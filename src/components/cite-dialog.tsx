import { useEffect, useState } from 'react'
import { copyText } from '../lib/clipboard'
import { citationFiles, fileFormats, yoursViewCitationNote, type Citations } from '../lib/cite'
import { formatInStyles } from '../lib/cite-format'
import type { FormattedStyle } from '../lib/cite-parts'
import { syntheticNotice } from '../lib/synthetic-notice'
import { CitationBlock, type Copy } from './cite-block'
import { DialogShell } from './dialog-shell'

type Props = {
  title: string
  /** The id of the event in view, or `allEvents`: a downloaded citation file is named by it. */
  event: string
  citations: Citations | null
  onClose: () => void
  returnFocus: () => void
}

function description(citations: Citations | null) {
  const files = 'BibTeX, RIS and CSL-JSON are for reference managers.'
  if (citations?.noticeKind === 'yours')
    return citations.notice === yoursViewCitationNote
      ? `Each style cites the sources you coded this view from; ${files}`
      : `Each style cites the source you coded the statement from; ${files}`
  if (citations?.noticeKind === 'synthetic')
    return `Each style cites the synthetic test dataset, with its link; ${files}`
  return `Each style gives a reference to the original article and one to this dashboard, with its link; ${files}`
}

/** Ready-to-paste citations, each reference copied with one click and the copy confirmed. */
export function CiteDialog({ title, event, citations, onClose, returnFocus }: Props) {
  const [status, setStatus] = useState('')
  const copy: Copy = async (what, text, element) => {
    if (await copyText(text)) {
      setStatus(`Copied ${what}.`)
    } else {
      // Some browsers and frames refuse the clipboard: select the text so the reader can copy it.
      if (element) window.getSelection()?.selectAllChildren(element)
      setStatus(`Copying is blocked here: ${what} is selected, press Ctrl+C (⌘C) to copy it.`)
    }
  }
  return (
    <DialogShell
      open={citations !== null}
      onClose={() => {
        setStatus('')
        onClose()
      }}
      className="cite-dialog"
      title={`Cite: ${title}`}
      description={description(citations)}
      returnFocus={returnFocus}
    >
      {citations?.notice && (
        <p className="cite-notice">
          <strong>{citations.noticeKind === 'yours' ? 'Your own coding' : syntheticNotice}.</strong>{' '}
          {citations.notice}
        </p>
      )}
      {citations && (
        <div className="cite-list">
          <StyledCitations citations={citations} onCopy={copy} />
          {fileFormats.map((format) => (
            <CitationBlock
              key={format}
              name={format}
              title={format}
              citation={citations.files[format]}
              names={citations.referenceNames}
              file={
                format === 'BibTeX'
                  ? null
                  : { ...citationFiles[format], event, slug: citations.slug }
              }
              onCopy={copy}
              onDownload={setStatus}
            />
          ))}
        </div>
      )}
      <p className="cite-status" role="status">
        {status}
      </p>
    </DialogShell>
  )
}

type Formatted = { of: Citations; styles: FormattedStyle[] } | { of: Citations; error: unknown }

/** The references in each style, formatted by citeproc from the official CSL styles. */
function StyledCitations({ citations, onCopy }: { citations: Citations; onCopy: Copy }) {
  const [formatted, setFormatted] = useState<Formatted | null>(null)
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    let current = true
    formatInStyles(citations.items).then(
      (styles) => {
        if (current) setFormatted({ of: citations, styles })
      },
      (error: unknown) => {
        if (current) setFormatted({ of: citations, error })
      },
    )
    return () => {
      current = false
    }
  }, [citations, attempt])
  // What was formatted for an earlier citation is not shown for this one.
  if (formatted?.of !== citations)
    return (
      <p className="cite-loading" role="status">
        Formatting the references in each style…
      </p>
    )
  if ('error' in formatted)
    return (
      <div className="panel-error" role="alert">
        <p className="panel-error-title">The citation styles could not be loaded.</p>
        <p>BibTeX, RIS and CSL-JSON below are complete.</p>
        <button
          type="button"
          onClick={() => {
            setFormatted(null)
            setAttempt((count) => count + 1)
          }}
        >
          Try again
        </button>
      </div>
    )
  return formatted.styles.map(({ name, title, citation }) => (
    <CitationBlock
      key={name}
      name={name}
      title={title}
      citation={citation}
      names={citations.referenceNames}
      file={null}
      onCopy={onCopy}
      onDownload={() => {}}
    />
  ))
}
