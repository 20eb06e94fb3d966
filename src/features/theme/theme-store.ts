import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import * as z from 'zod/mini'

export const themeChoices = ['system', 'light', 'dark'] as const
export type ThemeChoice = (typeof themeChoices)[number]
const themeChoiceSchema = z.enum(themeChoices)

type ThemeState = { theme: ThemeChoice; setTheme: (theme: ThemeChoice) => void }

/** Reads a stored preference of any earlier version; anything unreadable falls back to the system. */
export function migrateTheme(persisted: unknown): { theme: ThemeChoice } {
  const stored = z.object({ theme: z.unknown() }).safeParse(persisted)
  // Version 0 stored a boolean `dark`.
  const legacy = z.object({ dark: z.boolean() }).safeParse(persisted)
  if (legacy.success) return { theme: legacy.data.dark ? 'dark' : 'light' }
  const theme = themeChoiceSchema.safeParse(stored.success ? stored.data.theme : undefined)
  return { theme: theme.success ? theme.data : 'system' }
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
