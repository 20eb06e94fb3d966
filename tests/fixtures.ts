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
