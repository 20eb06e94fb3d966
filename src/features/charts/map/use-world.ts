import { useEffect, useState } from 'react'
import type { MapCountry } from './borders'
import { loadWorld } from './load-world'

export type WorldState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; countries: MapCountry[] }

/** The map's countries once loaded; a failure carries a message a person can read. */
export function useWorld(): WorldState {
  const [state, setState] = useState<WorldState>({ status: 'loading' })
  useEffect(() => {
    let current = true
    loadWorld().then(
      (countries) => current && setState({ status: 'ready', countries }),
      (error: unknown) =>
        current &&
        setState({
          status: 'error',
          message:
            error instanceof Error && error.message.startsWith('The world map')
              ? error.message
              : 'The world map could not be loaded. Check the connection and reload the page.',
        }),
    )
    return () => {
      current = false
    }
  }, [])
  return state
}
