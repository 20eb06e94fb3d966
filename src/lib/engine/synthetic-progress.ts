import { create } from 'zustand'

/** What the engine's worker is doing while it makes the synthetic corpus, in words; null when idle. */
export const useSyntheticProgress = create<{ words: string | null }>(() => ({ words: null }))
