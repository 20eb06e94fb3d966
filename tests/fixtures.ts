/** Every actor, in the order the API and the dashboard list them. */
export const allActorNames = [
  'United States',
  'United Nations',
  'European Union',
  'France',
  'Germany',
  'Türkiye',
  'Russia',
  'Armenia',
  'Azerbaijan',
  'Karabakh Armenian authorities',
]

export const reactingActorNames = allActorNames.slice(0, 8)

/** The dashboard's charts, by title, in the order it draws them. */
export const chartTitles = [
  'How many take each stance',
  'Where each actor stands',
  'Statements over time',
  'Who took which position',
  'How far each pair agrees',
]
