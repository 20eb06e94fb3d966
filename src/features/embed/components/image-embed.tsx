import { useId, useState } from 'react'
import { copyText } from '../../../lib/clipboard'
import type { ChartId } from '../../../lib/url-state/view-state'
import { chartImageOf } from '../../../lib/view/chart-images'
import { imageEmbedCode, viewLink } from '../embed-code'

type Props = {
  chart: ChartId
  /** The dataset version the image is frozen to, where the embed is; null for the live view. */
  frozenVersion: string | null
}

/**
 * A chart as a static image with a link, for newsletters and pages that run no scripts: the PNG
 * to download and upload, and the code naming it, with the chart's words as its alt text.
 */
export function ImageEmbed({ chart, frozenVersion }: Props) {
  const [status, setStatus] = useState('')
  const id = useId()
  const image = chartImageOf(chart)
  if (!image)
    return (
      <p className="embed-image-note">
        An image of this chart can be made once the charts have loaded on the page: close this
        dialog, scroll to the chart, and open it again.
      </p>
    )
  const code = imageEmbedCode({
    href: viewLink(window.location.href, frozenVersion),
    src: image.fileName,
    alt: image.alt,
  })
  return (
    <section className="embed-image" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>As an image, where scripts do not run</h3>
      <p>
        Newsletters and many CMSs show no frames: there, paste the chart as a PNG that links here.
        Download it, upload it beside your text, and put its address in place of{' '}
        <code>{image.fileName}</code> in the code.
      </p>
      <button type="button" onClick={() => void image.download().then(setStatus)}>
        Download the PNG
      </button>
      <label htmlFor={`${id}-code`}>Image code</label>
      <textarea id={`${id}-code`} className="embed-code" readOnly rows={4} value={code} />
      <button
        type="button"
        onClick={() =>
          void copyText(code).then((copied) =>
            setStatus(
              copied
                ? 'Copied the image code.'
                : 'Copying is blocked here: select the code and copy it.',
            ),
          )
        }
      >
        Copy image code
      </button>
      <p className="cite-status" role="status">
        {status}
      </p>
    </section>
  )
}
