import { useState } from 'react'
import am from 'flag-icons/flags/4x3/am.svg'
import az from 'flag-icons/flags/4x3/az.svg'
import de from 'flag-icons/flags/4x3/de.svg'
import eu from 'flag-icons/flags/4x3/eu.svg'
import fr from 'flag-icons/flags/4x3/fr.svg'
import ru from 'flag-icons/flags/4x3/ru.svg'
import tr from 'flag-icons/flags/4x3/tr.svg'
import un from 'flag-icons/flags/4x3/un.svg'
import us from 'flag-icons/flags/4x3/us.svg'

// SVG flags rather than emoji, which Windows does not draw as flags. The article's actors'
// flags are bundled, so the first paint has them; every other flag is a file the site serves at
// `flags/<code>.svg` (see scripts/flag-files-plugin.ts).
export const flagSources: Readonly<Record<string, string>> = { am, az, de, eu, fr, ru, tr, un, us }

/** The address of an emblem's flag; undefined for an actor without one (`none`). */
export function flagSource(emblem: string): string | undefined {
  if (flagSources[emblem]) return flagSources[emblem]
  return /^[a-z]{2}(-[a-z]+)?$|^[a-z]{3,6}$/.test(emblem) && emblem !== 'none'
    ? `${import.meta.env.BASE_URL}flags/${emblem}.svg`
    : undefined
}

/** The actor's flag or emblem; decorative, since the actor's name is always beside it. */
export function Flag({ emblem, size = 28 }: { emblem: string; size?: number }) {
  const [missing, setMissing] = useState<string | null>(null)
  const src = missing === emblem ? undefined : flagSource(emblem)
  const style = { width: size, height: (size * 3) / 4 }
  if (!src) return <span className="flag flag-none" style={style} aria-hidden="true" />
  return (
    <img
      className="flag"
      src={src}
      alt=""
      style={style}
      width={size}
      height={(size * 3) / 4}
      // A code flag-icons does not draw: the blank emblem, not a broken image.
      onError={() => setMissing(emblem)}
    />
  )
}
