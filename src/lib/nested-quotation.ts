/**
 * A quotation's words as they read inside the page's own “…”: the double quotation marks the
 * words themselves hold become single ones, as a quotation within a quotation is printed
 * (“condemned the move as ‘reckless and unlawful’”). A mark opens at the start or after a space
 * or bracket (and „ always opens); every other one closes. Apostrophes are not marks, and
 * guillemets (« ») already read apart from ours.
 */
export const nestedQuotation = (words: string): string =>
  words.replace(/(?<=^|[\s([–—-])["“]|„/gu, '‘').replace(/["“”]/gu, '’')
