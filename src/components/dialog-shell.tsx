import * as Dialog from '@radix-ui/react-dialog'
import { useLayoutEffect, useRef, type ReactNode } from 'react'

type Props = {
  open: boolean
  onClose: () => void
  /** Added to `dialog`, for the dialog's own layout: `cite-dialog`, `embed-dialog`… */
  className: string
  title: ReactNode
  description: ReactNode
  /** Gives the focus back on closing; by default to whatever had it when the dialog opened. */
  returnFocus?: () => void
  children: ReactNode
}

/**
 * The frame every dialog shares: overlay, title, description, a Close button, and the focus handed
 * back to the control that opened it (Radix would drop it on `<body>` when no Trigger opened it).
 */
export function DialogShell({
  open,
  onClose,
  className,
  title,
  description,
  returnFocus,
  children,
}: Props) {
  const opener = useRef<HTMLElement | null>(null)
  // A layout effect runs before Radix moves the focus into the dialog, so this is still the opener.
  useLayoutEffect(() => {
    if (open && document.activeElement instanceof HTMLElement) {
      opener.current = document.activeElement
    }
  }, [open])
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className={`dialog ${className}`}
          onCloseAutoFocus={(event) => {
            event.preventDefault()
            if (returnFocus) returnFocus()
            else if (opener.current?.isConnected) opener.current.focus()
          }}
        >
          <Dialog.Title>{title}</Dialog.Title>
          <Dialog.Description>{description}</Dialog.Description>
          {children}
          <Dialog.Close className="dialog-close">Close</Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
