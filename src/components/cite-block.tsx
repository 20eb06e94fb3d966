import { useId, useState } from 'react'
import type { Citation } from '../lib/cite'
import { download } from '../lib/download'
import { exportFileName } from '../lib/file-name'

export type Copy = (what: string, text: string, element: HTMLElement | null) => Promise<void>

/**
 * One style's references, headed by the style's own name, each copied alone or all together; a
 * file format reference managers import can also be downloaded.
 */
export function CitationBlock({
  name,
  title,
  citation,
  names,
  file,
  onCopy,
  onDownload,
}: {
  /** The name buttons use: "APA", "RIS". */
  name: string
  /** The heading: the style file's own title ("APA Style 7th edition"), or the format's name. */
  title: string
  citation: Citation
  /** What each reference is: "the article", "the dashboard". */
  names: readonly string[]
  /** Where the citation downloads as a file: its type, and what its name is made from. */
  file: { extension: string; type: string; event: string; slug: string } | null
  onCopy: Copy
  onDownload: (status: string) => void
}) {
  const headingId = useId()
  const [element, setElement] = useState<HTMLElement | null>(null)
  const count = citation.references.length
  const several = count > 1
  return (
    <section className="cite-block" aria-labelledby={headingId}>
      <div className="cite-head">
        <h3 id={headingId}>{title}</h3>
        <span className="cite-actions">
          <button
            type="button"
            onClick={() =>
              void onCopy(
                several
                  ? `${count === 2 ? 'both' : `all ${count}`} ${name} references`
                  : `the ${name} citation`,
                citation.text,
                element,
              )
            }
          >
            Copy {name}
          </button>
          {file && (
            <button
              type="button"
              onClick={() => {
                const fileName = exportFileName(file.event, [file.slug], file.extension)
                download(fileName, citation.text, file.type)
                onDownload(`Downloaded the ${name} citation as ${fileName}.`)
              }}
            >
              Download {name} file (.{file.extension})
            </button>
          )}
        </span>
      </div>
      <div ref={setElement}>
        {citation.references.map((reference, index) => (
          <Reference
            key={index}
            text={reference}
            name={several ? `${names[index] ?? 'this'} reference (${name})` : null}
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
