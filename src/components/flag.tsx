import { useEffect, useState } from 'react'
import am from 'flag-icons/flags/4x3/am.svg'
import az from 'flag-icons/flags/4x3/az.svg'
import de from 'flag-icons/flags/4x3/de.svg'
import eu from 'flag-icons/flags/4x3/eu.svg'
import fr from 'flag-icons/flags/4x3/fr.svg'
import ru from 'flag-icons/flags/4x3/ru.svg'
import tr from 'flag-icons/flags/4x3/tr.svg'
import un from 'flag-icons/flags/4x3/un.svg'
import us from 'flag-icons/flags/4x3/us.svg'

// SVG flags rather than emoji, which Windows does not draw as flags. The article's actors are
// bundled so the first paint has them; every other flag comes with a table loaded on first need.
export const flagSources: Readonly<Record<string, string>> = { am, az, de, eu, fr, ru, tr, un, us }
let loaded: Readonly<Record<string, string>> | null = null
let loading: Promise<Readonly<Record<string, string>>> | null = null

/** Loads the addresses of every flag; resolves at once after the first time. */
export function loadAllFlags(): Promise<Readonly<Record<string, string>>> {
  loading ??= import('./flag-urls').then((module) => (loaded = module.flagUrls))
  return loading
}

/** The address of an emblem's flag, if it is bundled or already loaded. */
export function flagSource(emblem: string): string | undefined {
  return flagSources[emblem] ?? loaded?.[emblem]
}

/** The actor's flag or emblem; decorative, since the actor's name is always beside it. */
export function Flag({ emblem, size = 28 }: { emblem: string; size?: number }) {
  const [, setLoaded] = useState(loaded)
  const src = flagSource(emblem)
  useEffect(() => {
    if (src || loaded || !emblem) return
    let current = true
    void loadAllFlags().then((all) => {
      if (current) setLoaded(all)
    })
    return () => {
      current = false
    }
  }, [src, emblem])
  const style = { width: size, height: (size * 3) / 4 }
  if (!src) return <span className="flag flag-none" style={style} aria-hidden="true" />
  return (
    <img className="flag" src={src} alt="" style={style} width={size} height={(size * 3) / 4} />
  )
}
