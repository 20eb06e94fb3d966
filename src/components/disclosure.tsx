import { useId, type ReactNode } from 'react'

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The button's words; left out where the content is always open (the filters on a wide screen). */
  trigger?: ReactNode
  triggerClassName?: string
  className?: string
  /** Where the button goes: before the content by default, or inside a heading row the caller lays out. */
  renderTrigger?: (button: ReactNode) => ReactNode
  children: ReactNode
}

/**
 * A button that shows and hides the content after it (the disclosure pattern): the button says
 * whether it is open (`aria-expanded`) and names what it controls; closed content is not in the
 * page. No measuring and no animation, so a page with many of them hydrates without layout work.
 */
export function Disclosure(props: Props) {
  const { open, onOpenChange, trigger, triggerClassName, className, renderTrigger, children } =
    props
  const id = useId()
  const button = trigger && (
    <button
      type="button"
      className={triggerClassName}
      aria-expanded={open}
      aria-controls={id}
      onClick={() => onOpenChange(!open)}
    >
      {trigger}
    </button>
  )
  return (
    <>
      {renderTrigger ? renderTrigger(button) : button}
      <div id={id} className={className} hidden={!open}>
        {open && children}
      </div>
    </>
  )
}
