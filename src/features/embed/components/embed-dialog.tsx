import * as Dialog from '@radix-ui/react-dialog'
import { useId, useState } from 'react'
import { dashboardTitleOf } from '../../../lib/cite-parts'
import { copyText } from '../../../lib/clipboard'
import { syntheticNotice } from '../../../lib/synthetic-notice'
import { eventInView } from '../../../lib/view/events-in-view'
import { useSharedView } from '../../../lib/view/shared-view'
import { chartIds } from '../../../lib/url-state/view-state'
import { embedCode, embedUrl, type EmbedKind } from '../embed-code'
import { ImageEmbed } from './image-embed'

type Props = {
  open: boolean
  onClose: () => void
  options: { value: EmbedKind; label: string }[]
  datasetVersion: string
  /** The view shows the synthetic corpus: the embed says so in its title and on its face. */
  synthetic: boolean
  /** The view shows statements the analyst coded in their own workspace. */
  yours?: boolean
}

/** Builds the `<iframe>` code for the current view, with its title, size and optional resizer. */
export function EmbedDialog({
  open,
  onClose,
  options,
  datasetVersion,
  synthetic,
  yours = false,
}: Props) {
  const [kind, setKind] = useState<EmbedKind>(options[0]?.value ?? 'cards')
  const [frozen, setFrozen] = useState(false)
  const [theme, setTheme] = useState<'system' | 'light' | 'dark'>('system')
  const [resizer, setResizer] = useState(true)
  const [status, setStatus] = useState('')
  const ids = { kind: useId(), theme: useId(), code: useId() }
  const { events, event } = useSharedView()
  const label = options.find((option) => option.value === kind)?.label ?? 'View'
  const src = embedUrl(window.location.href, kind, {
    frozenVersion: frozen ? datasetVersion : null,
    theme,
  })
  // Named by the event in view, as its citation is, so an embed of one event never names another.
  const title = synthetic
    ? `${syntheticNotice}: ${label}`
    : `${dashboardTitleOf(eventInView(events, event))}: ${label}`
  const chart = chartIds.find((id) => kind === `chart:${id}`)
  const code = embedCode(src, title, {
    height: kind.startsWith('chart:') ? 560 : 720,
    resizer,
  })
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog embed-dialog">
          <Dialog.Title>Embed this view</Dialog.Title>
          <Dialog.Description>
            Paste the code into a report or article. The embed shows the view with its title, source
            and a link back here.
          </Dialog.Description>
          {synthetic && (
            <p className="embed-synthetic">
              {syntheticNotice}. The embed keeps the synthetic data and its size in its address, and
              shows this label at its top.
            </p>
          )}
          {yours && (
            <p className="embed-synthetic">
              Your own statements are not in the embed: they are kept in this browser, which another
              site’s page cannot read, and are not part of the published dataset. The embed shows
              the published statements of this view.
            </p>
          )}
          <div className="embed-options">
            <label htmlFor={ids.kind}>What to embed</label>
            <select
              id={ids.kind}
              value={kind}
              onChange={(event) => {
                const chosen = options.find((option) => option.value === event.target.value)
                if (chosen) setKind(chosen.value)
              }}
            >
              {options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
            <fieldset>
              <legend>Data</legend>
              <label>
                <input
                  type="radio"
                  name="embed-data"
                  checked={!frozen}
                  onChange={() => setFrozen(false)}
                />{' '}
                Live
              </label>
              <label>
                <input
                  type="radio"
                  name="embed-data"
                  checked={frozen}
                  onChange={() => setFrozen(true)}
                />{' '}
                Frozen as of dataset {datasetVersion}
              </label>
            </fieldset>
            <label htmlFor={ids.theme}>Theme</label>
            <select
              id={ids.theme}
              value={theme}
              onChange={(event) =>
                setTheme(
                  event.target.value === 'light' || event.target.value === 'dark'
                    ? event.target.value
                    : 'system',
                )
              }
            >
              <option value="system">Follow the reader’s system</option>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
            <label>
              <input
                type="checkbox"
                checked={resizer}
                onChange={(event) => setResizer(event.target.checked)}
              />{' '}
              Add the script that fits the frame’s height to its content
            </label>
          </div>
          <label htmlFor={ids.code}>Embed code</label>
          <textarea id={ids.code} className="embed-code" readOnly rows={5} value={code} />
          <button
            type="button"
            onClick={() => {
              void copyText(code).then((copied) =>
                setStatus(
                  copied
                    ? 'Copied the embed code.'
                    : 'Copying is blocked here: select the code and copy it.',
                ),
              )
            }}
          >
            Copy code
          </button>
          <p className="cite-status" role="status">
            {status}
          </p>
          {chart && <ImageEmbed chart={chart} frozenVersion={frozen ? datasetVersion : null} />}
          <Dialog.Close className="dialog-close">Close</Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
