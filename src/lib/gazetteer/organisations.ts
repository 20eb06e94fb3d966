/**
 * Main international organisations: the name in common English use, the acronym where one is in
 * use, the flag-icons code where that set has an emblem for it (`null` otherwise) and the city of
 * the seat or secretariat (`null` for forums without one), and other names, among them the ones wire
 * copy gives UN agencies ("the UN refugee agency", "the UN human rights office"). Names only;
 * nothing else is claimed.
 *
 * Columns: id, name, short name, flag code, seat, other names.
 */
export type OrganisationRow = readonly [
  id: string,
  name: string,
  shortName: string,
  flag: string | null,
  seat: string | null,
  aliases?: readonly string[],
]

export const organisationRows: readonly OrganisationRow[] = [
  ['united-nations', 'United Nations', 'UN', 'un', 'New York', ['U.N.']],
  ['european-union', 'European Union', 'EU', 'eu', 'Brussels', ['E.U.']],
  ['nato', 'North Atlantic Treaty Organization', 'NATO', null, 'Brussels', ['Nato']],
  ['osce', 'Organization for Security and Co-operation in Europe', 'OSCE', null, 'Vienna'],
  ['csto', 'Collective Security Treaty Organization', 'CSTO', null, 'Moscow'],
  ['cis', 'Commonwealth of Independent States', 'CIS', null, 'Minsk'],
  ['african-union', 'African Union', 'AU', null, 'Addis Ababa'],
  ['asean', 'Association of Southeast Asian Nations', 'ASEAN', 'asean', 'Jakarta'],
  ['arab-league', 'League of Arab States', 'Arab League', 'arab', 'Cairo'],
  ['oic', 'Organisation of Islamic Cooperation', 'OIC', null, 'Jeddah'],
  ['gcc', 'Gulf Cooperation Council', 'GCC', null, 'Riyadh'],
  ['council-of-europe', 'Council of Europe', 'Council of Europe', null, 'Strasbourg'],
  ['group-of-seven', 'Group of Seven', 'G7', null, null],
  ['group-of-twenty', 'Group of Twenty', 'G20', null, null],
  ['oas', 'Organization of American States', 'OAS', null, 'Washington'],
  ['commonwealth', 'Commonwealth of Nations', 'Commonwealth', null, 'London'],
  ['icrc', 'International Committee of the Red Cross', 'ICRC', null, 'Geneva', ['Red Cross']],
  ['imf', 'International Monetary Fund', 'IMF', null, 'Washington'],
  ['world-bank', 'World Bank', 'World Bank', null, 'Washington'],
  ['who', 'World Health Organization', 'WHO', null, 'Geneva', ['UN health agency']],
  [
    'unhcr',
    'Office of the United Nations High Commissioner for Refugees',
    'UNHCR',
    null,
    'Geneva',
    ['UN Refugee Agency', 'UN refugee agency', 'U.N. refugee agency'],
  ],
  [
    'unicef',
    'United Nations Children’s Fund',
    'UNICEF',
    null,
    'New York',
    ['UN children’s agency', "UN children's agency", 'U.N. children’s agency'],
  ],
  [
    'ohchr',
    'Office of the United Nations High Commissioner for Human Rights',
    'OHCHR',
    null,
    'Geneva',
    [
      'UN Human Rights Office',
      'UN human rights office',
      'U.N. human rights office',
      'UN rights office',
      'UN human rights chief',
      'UN Human Rights',
    ],
  ],
  ['wfp', 'World Food Programme', 'WFP', null, 'Rome', ['UN food agency', 'World Food Program']],
  ['iaea', 'International Atomic Energy Agency', 'IAEA', null, 'Vienna', ['UN nuclear watchdog']],
  ['sco', 'Shanghai Cooperation Organisation', 'SCO', null, 'Beijing'],
  ['brics', 'BRICS', 'BRICS', null, null],
  ['ecowas', 'Economic Community of West African States', 'ECOWAS', null, 'Abuja'],
  ['east-african-community', 'East African Community', 'EAC', 'eac', 'Arusha'],
  ['mercosur', 'Southern Common Market', 'Mercosur', null, 'Montevideo'],
  ['caricom', 'Caribbean Community', 'CARICOM', null, 'Georgetown'],
  ['organization-of-turkic-states', 'Organization of Turkic States', 'OTS', null, 'Istanbul'],
]
