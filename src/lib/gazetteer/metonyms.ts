/**
 * Words that stand for an actor in news prose without naming it: seats of government and their
 * buildings ("the Kremlin said", "Downing Street urged") and offices that belong to one
 * organisation ("the Secretary-General", "the High Representative"). They are weaker than a name:
 * "the NATO Secretary-General" is NATO's, "the German Foreign Office" Germany's, and "Brussels"
 * is the European Union's unless the text speaks of Belgium.
 *
 * Columns: the words, the actor's id.
 */
export const metonymRows: readonly (readonly [words: string, actorId: string])[] = [
  ['White House', 'united-states'],
  ['State Department', 'united-states'],
  ['Department of State', 'united-states'],
  ['Pentagon', 'united-states'],
  ['Foggy Bottom', 'united-states'],
  ['National Security Council', 'united-states'],
  ['Kremlin', 'russia'],
  ['Élysée', 'france'],
  ['Elysee', 'france'],
  ['Quai d’Orsay', 'france'],
  ["Quai d'Orsay", 'france'],
  ['Downing Street', 'united-kingdom'],
  ['Number 10', 'united-kingdom'],
  ['Whitehall', 'united-kingdom'],
  ['Foreign Office', 'united-kingdom'],
  ['Foreign Secretary', 'united-kingdom'],
  ['Foreign, Commonwealth and Development Office', 'united-kingdom'],
  ['Auswärtiges Amt', 'germany'],
  ['Federal Foreign Office', 'germany'],
  ['Farnesina', 'italy'],
  ['Zhongnanhai', 'china'],
  ['Itamaraty', 'brazil'],
  ['Planalto', 'brazil'],
  ['Casa Rosada', 'argentina'],
  ['Moncloa', 'spain'],
  ['Palazzo Chigi', 'italy'],
  ['Kantei', 'japan'],
  ['Kasumigaseki', 'japan'],
  ['Blue House', 'south-korea'],
  ['South Block', 'india'],
  ['Aso Rock', 'nigeria'],
  ['Union Buildings', 'south-africa'],
  ['Bankova', 'ukraine'],
  ['Smolenskaya Square', 'russia'],
  ['Wisma Putra', 'malaysia'],
  ['Malacañang', 'philippines'],
  ['Ballhausplatz', 'austria'],
  ['Rosenbad', 'sweden'],
  ['Christiansborg', 'denmark'],
  ['Binnenhof', 'netherlands'],
  ['Berlaymont', 'european-union'],
  ['European Commission', 'european-union'],
  ['European Council', 'european-union'],
  ['European Parliament', 'european-union'],
  ['External Action', 'european-union'],
  ['EEAS', 'european-union'],
  ['High Representative', 'european-union'],
  ['Secretary-General', 'united-nations'],
  ['Secretary General', 'united-nations'],
  ['Security Council', 'united-nations'],
  ['General Assembly', 'united-nations'],
  // The UN's own council, not the rights office whose wire name it begins with.
  ['UN Human Rights Council', 'united-nations'],
  ['Human Rights Council', 'united-nations'],
  ['High Commissioner for Human Rights', 'ohchr'],
  ['High Commissioner for Refugees', 'unhcr'],
  ['Pope', 'holy-see'],
  ['Holy Father', 'holy-see'],
]

/** A capital that is also an organisation's seat, and the organisation it usually stands for. */
export const seatsThatSpeak: Readonly<Record<string, { organisation: string; unless: RegExp }>> = {
  Brussels: { organisation: 'european-union', unless: /\bBelgi(?:um|an)\b/u },
}
