/**
 * What a search needs beyond finding words, loaded the first time one is typed, as one piece:
 * search that knows actors' other names for a dataset held in the page, the notes that say what
 * it matched them by, and how the cards mark what it matched.
 */
export { namedSearch } from '../lib/engine/named-search'
export { SearchNotes } from '../features/filters/components/search-notes'
export { codingMatched, highlightNames } from '../features/reactions/highlight'
