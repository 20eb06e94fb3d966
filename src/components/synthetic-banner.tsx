import type { ReactNode } from 'react'
import { syntheticNotice } from '../lib/synthetic-notice'
import { Term } from './term'

/**
 * Says, at the top of every view of the synthetic corpus, that nothing in it is real, so no
 * screenshot, export or embed of it passes for the tracker's data. `children` say what the engine
 * is doing, or why it failed.
 */
export function SyntheticBanner({ children }: { children?: ReactNode }) {
  return (
    <section className="warning-banner synthetic-banner" aria-label="Synthetic data">
      <p className="synthetic-banner-label">
        <strong>{syntheticNotice}</strong> <Term id="synthetic">What synthetic means</Term>
      </p>
      {children}
    </section>
  )
}
