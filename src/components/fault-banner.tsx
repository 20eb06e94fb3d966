/**
 * Says, on every view, that the mock API is answering with injected faults, so a failure on screen
 * is never mistaken for the data's, and offers to stop.
 */
export function FaultBanner({ faults, onStop }: { faults: string; onStop: () => void }) {
  return (
    <section className="warning-banner fault-banner" aria-label="Fault injection">
      <p>
        Faults are being injected into the mock API: <code>{faults}</code>. Panels may fail or wait
        on purpose.
      </p>
      <button type="button" onClick={onStop}>
        Stop injecting faults
      </button>
    </section>
  )
}
