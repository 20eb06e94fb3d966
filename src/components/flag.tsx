import am from 'flag-icons/flags/4x3/am.svg'
import az from 'flag-icons/flags/4x3/az.svg'
import de from 'flag-icons/flags/4x3/de.svg'
import eu from 'flag-icons/flags/4x3/eu.svg'
import fr from 'flag-icons/flags/4x3/fr.svg'
import ru from 'flag-icons/flags/4x3/ru.svg'
import tr from 'flag-icons/flags/4x3/tr.svg'
import un from 'flag-icons/flags/4x3/un.svg'
import us from 'flag-icons/flags/4x3/us.svg'

// SVG flags rather than emoji, which Windows does not draw as flags.
export const flagSources: Readonly<Record<string, string>> = { am, az, de, eu, fr, ru, tr, un, us }

/** The actor's flag or emblem; decorative, since the actor's name is always beside it. */
export function Flag({ emblem, size = 28 }: { emblem: string; size?: number }) {
  const src = flagSources[emblem]
  const style = { width: size, height: (size * 3) / 4 }
  if (!src) return <span className="flag flag-none" style={style} aria-hidden="true" />
  return (
    <img className="flag" src={src} alt="" style={style} width={size} height={(size * 3) / 4} />
  )
}
