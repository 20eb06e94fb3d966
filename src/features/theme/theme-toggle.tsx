import { useEffect } from 'react'
import { themeChoices, useThemeStore, type ThemeChoice } from './theme-store'

const labels: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' }

/**
 * Applies the chosen theme to the page; `system` leaves it to the operating system. `override`
 * (an embed's theme, from its address) wins over the stored choice.
 */
export function useApplyTheme(override: ThemeChoice | null) {
  const stored = useThemeStore((state) => state.theme)
  useEffect(() => {
    const theme = override ?? stored
    const root = document.documentElement
    if (theme === 'system') delete root.dataset.theme
    else root.dataset.theme = theme
  }, [stored, override])
}

export function ThemeToggle({ override = null }: { override?: ThemeChoice | null }) {
  const theme = useThemeStore((state) => state.theme)
  const setTheme = useThemeStore((state) => state.setTheme)
  useApplyTheme(override)
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
