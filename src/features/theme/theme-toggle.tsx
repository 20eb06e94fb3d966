import { useEffect } from 'react'
import { themeChoices, useThemeStore, type ThemeChoice } from './theme-store'

const labels: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' }

/** Applies the chosen theme to the page; `system` leaves it to the operating system. */
export function useApplyTheme() {
  const stored = useThemeStore((state) => state.theme)
  useEffect(() => {
    // An embed takes its theme from its own address, set by whoever embedded it.
    const params = new URLSearchParams(window.location.search)
    const fromEmbed = params.has('embed') ? params.get('theme') : null
    const theme =
      fromEmbed === 'light' || fromEmbed === 'dark'
        ? fromEmbed
        : params.has('embed')
          ? 'system'
          : stored
    const root = document.documentElement
    if (theme === 'system') delete root.dataset.theme
    else root.dataset.theme = theme
  }, [stored])
}

export function ThemeToggle() {
  const theme = useThemeStore((state) => state.theme)
  const setTheme = useThemeStore((state) => state.setTheme)
  useApplyTheme()
  return (
    <fieldset className="segmented">
      <legend>Theme</legend>
      {themeChoices.map((choice) => (
        <label key={choice}>
          <input
            type="radio"
            name="theme"
            value={choice}
            checked={theme === choice}
            onChange={() => setTheme(choice)}
          />
          <span>{labels[choice]}</span>
        </label>
      ))}
    </fieldset>
  )
}
