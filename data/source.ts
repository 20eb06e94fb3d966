import type { Source } from '../src/lib/schemas/source'
import { sourceText } from './source-text'

export const sourceId = 'daily-sabah-2023-09-20-karabakh-cease-fire'

export const source: Source = {
  id: sourceId,
  title: 'Azerbaijan says cease-fire achieved with separatists in Karabakh',
  outlet: 'Daily Sabah',
  via: 'Azerbaijan in Focus',
  published: '2023-09-20',
  publishedNote:
    'The article carries no date line. It reports Wednesday’s cease-fire as that day’s news and dates the Yevlakh talks to 21 September, so it was written on Wednesday 20 September 2023.',
  file: '000_769a9e1e10ff5aa3.txt',
  length: sourceText.length,
  text: sourceText,
}
