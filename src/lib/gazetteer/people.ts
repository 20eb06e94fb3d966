/**
 * People the article names in office, each in the article's own words and spelling, with the
 * actor the office belongs to, so that a search for a person finds that actor's statements. An
 * office changes hands, so a person stands for the actor only in the source that names them in
 * it; elsewhere their name is looked for in the words alone. Other spellings are the ones in wide
 * use (the Armenian government's own "Pashinyan", the Azerbaijani "Əliyev"). No one is listed whom
 * the article does not name, and no office it does not give (tests/unit/people.test.ts checks).
 */
export type Person = {
  /** The actor the office belongs to. */
  actorId: string
  /** The person as the article spells them. */
  name: string
  /** The article's words naming the person with the office, exactly as printed. */
  named: string
  /** Other spellings of the surname, or of the whole name. */
  spellings: readonly string[]
}

/** The article the people are named in: the source of the dataset's own statements. */
export const peopleSource = 'daily-sabah-2023-09-20-karabakh-cease-fire'

export const people: readonly Person[] = [
  {
    actorId: 'azerbaijan',
    name: 'Ilham Aliyev',
    named: 'Azerbaijani President Ilham Aliyev',
    spellings: ['Aliev', 'Əliyev'],
  },
  {
    actorId: 'united-states',
    name: 'Antony Blinken',
    named: 'U.S. Secretary of State Antony Blinken',
    spellings: [],
  },
  {
    actorId: 'armenia',
    name: 'Nikol Pashinian',
    named: 'Armenia’s Prime Minister Nikol Pashinian',
    spellings: ['Pashinyan'],
  },
  {
    actorId: 'united-nations',
    name: 'Antonio Guterres',
    named: 'Antonio Guterres, secretary-general of the United Nations',
    spellings: ['António Guterres'],
  },
  {
    actorId: 'turkiye',
    name: 'Recep Tayyip Erdoğan',
    named: 'President Recep Tayyip Erdoğan',
    spellings: ['Erdogan'],
  },
  {
    actorId: 'russia',
    name: 'Vladimir Putin',
    named: 'President Vladimir Putin',
    spellings: [],
  },
]
