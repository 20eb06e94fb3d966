import { useId, useState, type KeyboardEvent } from 'react'

/**
 * A tooltip's behaviour: shown while the pointer is over its trigger or its text, or while the
 * trigger has the focus; Escape hides it until the pointer or focus leaves. While shown it is the
 * trigger's accessible description. `pinnable`: a click on the trigger keeps it shown, for a
 * trigger that does nothing else (a touch screen has no hover).
 */
export function useTip({ pinnable = false } = {}) {
  const [hovered, setHovered] = useState(false)
  const [focused, setFocused] = useState(false)
  const [pinned, setPinned] = useState(false)
  const [dismissed, setDismissed] = useState(false)
  const id = useId()
  const open = (hovered || focused || pinned) && !dismissed
  return {
    open,
    wrapper: {
      role: 'presentation' as const,
      onMouseEnter: () => setHovered(true),
      onMouseLeave: () => {
        setHovered(false)
        setDismissed(false)
      },
    },
    trigger: {
      'aria-describedby': open ? id : undefined,
      onFocus: () => setFocused(true),
      onBlur: () => {
        setFocused(false)
        setPinned(false)
        setDismissed(false)
      },
      onKeyDown: (event: KeyboardEvent) => {
        if (event.key !== 'Escape' || !open) return
        // Escape closes the tip, not the dialog or panel around it.
        event.stopPropagation()
        setPinned(false)
        setDismissed(true)
      },
      ...(pinnable
        ? {
            'aria-expanded': open,
            onClick: () => {
              setDismissed(false)
              setPinned(!pinned)
            },
          }
        : {}),
    },
    tip: { id, role: 'tooltip' as const },
  }
}
