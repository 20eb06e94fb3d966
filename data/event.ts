import type { Event } from '../src/lib/schemas/event'
import { sourceId } from './source'

export const event: Event = {
  id: 'karabakh-2023',
  title: 'Azerbaijan’s September 2023 operation in Karabakh and the cease-fire',
  summary:
    'Azerbaijan sent troops into Karabakh on Tuesday 19 September 2023; by Wednesday the separatists had agreed to a cease-fire and to talks on reintegration. Governments and international organisations reacted in between.',
  start: '2023-09-19',
  end: '2023-09-21',
  // Baku's clock: the article's "1 p.m. local time" and its weekdays are read in it.
  timeZone: 'Asia/Baku',
  // The article's own words: "Azerbaijan’s anti-terrorist operation", "a military operation".
  initiator: { actorId: 'azerbaijan', name: 'Azerbaijan' },
  action: { short: 'the operation', full: 'the military operation in Karabakh' },
  parties: ['azerbaijan', 'karabakh-armenians'],
  country: 'Azerbaijan',
  sourceIds: [sourceId],
  milestones: [
    {
      id: 'operation-start',
      label: 'Azerbaijan’s military operation begins',
      date: '2023-09-19',
      time: null,
      asWritten: 'the second day of a military operation',
      passage: {
        start: 412,
        end: 500,
        text: 'the Azerbaijani presidency announced Wednesday on the second day of a military operation',
      },
    },
    {
      id: 'cease-fire',
      label: 'The cease-fire takes hold',
      date: '2023-09-20',
      time: '13:00',
      asWritten: '1 p.m. local time',
      passage: {
        start: 357,
        end: 410,
        text: 'a cease-fire that will take hold at 1 p.m. local time',
      },
    },
    {
      id: 'yevlakh-talks',
      label: 'Talks in Yevlakh scheduled',
      date: '2023-09-21',
      time: null,
      asWritten: 'September 21',
      passage: {
        start: 1224,
        end: 1284,
        text: 'They will take place in the city of Yevlakh on September 21.',
      },
    },
  ],
}
