import * as Dialog from '@radix-ui/react-dialog'
import { useState } from 'react'
import { copyText } from '../lib/clipboard'
import { citationStyles, type Citations, type CitationStyle } from '../lib/cite'

type Props = {
  title: string
  citations: Citations | null
  onClose: () => void
  returnFocus: () => void
}

/** Ready-to-paste citations in four styles, each copied with one click and the copy confirmed. */
export function CiteDialog({ title, citations, onClose, returnFocus }: Props) {
  const [status, setStatus] = useState('')
  async function copy(style: CitationStyle, text: string, element: HTMLElement | null) {
    if (await copyText(text)) {
      setStatus(`Copied the ${style} citation.`)
    } else {
      // Some browsers and frames refuse the clipboard: select the text so the reader can copy it.
      if (element) window.getSelection()?.selectAllChildren(element)
      setStatus(
        `Copying is blocked here: the ${style} citation is selected, press Ctrl+C (⌘C) to copy it.`,
      )
    }
  }
  return (
    <Dialog.Root
      open={citations !== null}
      onOpenChange={(open) => {
        if (!open) {
          setStatus('')
          onClose()
        }
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog cite-dialog"
          onCloseAutoFocus={(event) => {
            event.preventDefault()
            returnFocus()
          }}
        >
          <Dialog.Title>Cite: {title}</Dialog.Title>
          <Dialog.Description>
            Each citation names the original article and this dashboard, with the link to this view
            and today’s date.
          </Dialog.Description>
          <div className="cite-list">
            {citations &&
              citationStyles.map((style) => (
                <CitationBlock key={style} style={style} text={citations[style]} onCopy={copy} />
              ))}
          </div>
          <p className="cite-status" role="status">
            {status}
          </p>
          <Dialog.Close className="dialog-close">Close</Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}

function CitationBlock({
  style,
  text,
  onCopy,
}: {
  style: CitationStyle
  text: string
  onCopy: (style: CitationStyle, text: string, element: HTMLElement | null) => Promise<void>
}) {
  const [element, setElement] = useState<HTMLElement | null>(null)
  return (
    <section className="cite-block" aria-label={style}>
      <div className="cite-head">
        <h3>{style}</h3>
        <button type="button" onClick={() => void onCopy(style, text, element)}>
          Copy {style}
        </button>
      </div>
      <pre ref={setElement} className="cite-text">
        {text}
      </pre>
    </section>
  )
}
