import { useState } from 'react'
import { copyText } from '../lib/clipboard'
import {
  citationFiles,
  citationStyles,
  yoursViewCitationNote,
  type Citation,
  type Citations,
  type CitationStyle,
} from '../lib/cite'
import { download } from '../lib/download'
import { exportFileName } from '../lib/file-name'
import { syntheticNotice } from '../lib/synthetic-notice'
import { DialogShell } from './dialog-shell'

type Props = {
  title: string
  /** The id of the event in view, or `allEvents`: a downloaded citation file is named by it. */
  event: string
  citations: Citations | null
  onClose: () => void
  returnFocus: () => void
}

type Copy = (what: string, text: string, element: HTMLElement | null) => Promise<void>

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
      description={
        citations?.noticeKind === 'yours'
          ? citations.notice === yoursViewCitationNote
            ? 'Each style cites the sources you coded this view from; RIS and CSL-JSON are for reference managers.'
            : 'Each style cites the source you coded the statement from; RIS and CSL-JSON are for reference managers.'
          : citations?.notice
            ? 'Each style cites the synthetic test dataset (with the link and today’s date); RIS and CSL-JSON are for reference managers.'
            : 'Each style gives a reference to the original article and one to this dashboard (with the link and today’s date); RIS and CSL-JSON are for reference managers.'
      }
      returnFocus={returnFocus}
    >
      {citations?.notice && (
        <p className="cite-notice">
          <strong>{citations.noticeKind === 'yours' ? 'Your own coding' : syntheticNotice}.</strong>{' '}
          {citations.notice}
        </p>
      )}
      <div className="cite-list">
        {citations &&
          citationStyles.map((style) => (
            <CitationBlock
              key={style}
              style={style}
              citation={citations.styles[style]}
              names={citations.referenceNames}
              file={{ event, slug: citations.slug }}
              onCopy={copy}
              onDownload={setStatus}
            />
          ))}
      </div>
      <p className="cite-status" role="status">
        {status}
      </p>
    </DialogShell>
  )
}

function CitationBlock({
  style,
  citation,
  names,
  file: named,
  onCopy,
  onDownload,
}: {
  style: CitationStyle
  citation: Citation
  names: readonly string[]
  /** What a downloaded file is named by: the event in view and what is cited. */
  file: { event: string; slug: string }
  onCopy: Copy
  onDownload: (status: string) => void
}) {
  const [element, setElement] = useState<HTMLElement | null>(null)
  const file = style === 'RIS' || style === 'CSL-JSON' ? citationFiles[style] : null
  const count = citation.references.length
  const several = count > 1
  return (
    <section className="cite-block" aria-label={style}>
      <div className="cite-head">
        <h3>{style}</h3>
        <span className="cite-actions">
          <button
            type="button"
            onClick={() =>
              void onCopy(
                several
                  ? `${count === 2 ? 'both' : `all ${count}`} ${style} references`
                  : `the ${style} citation`,
                citation.text,
                element,
              )
            }
          >
            Copy {style}
          </button>
          {file && (
            <button
              type="button"
              onClick={() => {
                const name = exportFileName(named.event, [named.slug], file.extension)
                download(name, citation.text, file.type)
                onDownload(`Downloaded the ${style} citation as ${name}.`)
              }}
            >
              Download {style} file (.{file.extension})
            </button>
          )}
        </span>
      </div>
      <div ref={setElement}>
        {citation.references.map((reference, index) => (
          <Reference
            key={index}
            text={reference}
            name={several ? `${names[index] ?? 'this'} reference (${style})` : null}
            onCopy={onCopy}
          />
        ))}
      </div>
    </section>
  )
}

function Reference({ text, name, onCopy }: { text: string; name: string | null; onCopy: Copy }) {
  const [element, setElement] = useState<HTMLElement | null>(null)
  return (
    <div className="cite-reference">
      <pre ref={setElement} className="cite-text">
        {text}
      </pre>
      {name && (
        <button
          type="button"
          className="link-button"
          onClick={() => void onCopy(name, text, element)}
        >
          Copy {name}
        </button>
      )}
    </div>
  )
}
