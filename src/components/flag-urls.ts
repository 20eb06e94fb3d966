/**
 * Every flag flag-icons draws, by its lower-case ISO code (and the few emblems it has for
 * organisations). Loaded only when an actor beyond the bundled few needs one: the files are
 * fetched one by one as they are shown, and this table of their addresses is all the code.
 */
const files = import.meta.glob<string>('/node_modules/flag-icons/flags/4x3/*.svg', {
  eager: true,
  query: '?url',
  import: 'default',
})

export const flagUrls: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(files).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1, -4), url]),
)
