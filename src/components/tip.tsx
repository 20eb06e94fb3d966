import type { ReactNode } from 'react'
import { useTip } from './use-tip'
import './tip.css'

/**
 * Words with a reason behind them: a button that shows the reason beside it on hover, on focus
 * and, for a touch screen, on a press, and that is then described by it.
 */
export function Tip({ label, children }: { label: ReactNode; children: ReactNode }) {
  const { open, wrapper, trigger, tip } = useTip({ pinnable: true })
  return (
    <span className="tip" {...wrapper}>
      <button type="button" className="tip-trigger" {...trigger}>
        {label}
      </button>
      {open && (
        <span className="tip-text" {...tip}>
          {children}
        </span>
      )}
    </span>
  )
}
