import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { oneOf } from '../../lib/url-state/parameters'

export const themeChoices = ['system', 'light', 'dark'] as const
export type ThemeChoice = (typeof themeChoices)[number]
const themeChoice = oneOf(themeChoices)

type ThemeState = { theme: ThemeChoice; setTheme: (theme: ThemeChoice) => void }

/** Reads a stored preference of any earlier version; anything unreadable falls back to the system. */
export function migrateTheme(persisted: unknown): { theme: ThemeChoice } {
  if (typeof persisted !== 'object' || persisted === null) return { theme: 'system' }
  // Version 0 stored a boolean `dark`.
  if ('dark' in persisted && typeof persisted.dark === 'boolean')
    return { theme: persisted.dark ? 'dark' : 'light' }
  const stored = 'theme' in persisted && typeof persisted.theme === 'string' ? persisted.theme : ''
  return { theme: themeChoice(stored) ?? 'system' }
}

// A corrupt entry must not break the page: storage that throws or holds garbage reads as empty.
const safeStorage = createJSONStorage(() => ({
  getItem: (name: string) => {
    try {
      const value = localStorage.getItem(name)
      if (value !== null) JSON.parse(value)
      return value
    } catch {
      return null
    }
  },
  setItem: (name: string, value: string) => {
    try {
      localStorage.setItem(name, value)
    } catch {
      // Private modes may refuse to store; the choice then lasts for this visit only.
    }
  },
  removeItem: (name: string) => {
    try {
      localStorage.removeItem(name)
    } catch {
      // As above.
    }
  },
}))

export const useThemeStore = create<ThemeState>()(
  persist(
    (set) => ({
      theme: 'system',
      setTheme: (theme) => set({ theme }),
    }),
    {
      name: 'reactions-tracker:theme',
      version: 1,
      storage: safeStorage,
      migrate: (persisted) => migrateTheme(persisted),
      merge: (persisted, current) => ({ ...current, ...migrateTheme(persisted) }),
      partialize: (state) => ({ theme: state.theme }),
    },
  ),
)
