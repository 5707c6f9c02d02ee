/**
 * Hand-kept additions to the packaged gazetteers, each for a gap the packages leave.
 * world-countries gives names, alt spellings, demonyms and capitals; i18n-iso-countries gives
 * names in many languages; @vvo/tzdb gives each country's main cities. What they miss is here.
 */

/** Short and dotted country forms the packages leave out or that need their case kept ("US", not "us"). */
export const COUNTRY_SHORT_FORMS: Readonly<Record<string, string>> = {
  'U.S.': 'US', 'U.S.A.': 'US', US: 'US', USA: 'US', America: 'US', 'the States': 'US',
  'U.K.': 'GB', UK: 'GB', Britain: 'GB', 'Great Britain': 'GB', England: 'GB', Scotland: 'GB', Wales: 'GB',
  UAE: 'AE', 'U.A.E.': 'AE', 'the Netherlands': 'NL', Holland: 'NL', 'South Korea': 'KR', 'North Korea': 'KP',
  'the Vatican': 'VA', 'Ivory Coast': 'CI', Burma: 'MM', 'Czech Republic': 'CZ', Czechia: 'CZ',
  'the Gaza Strip': 'PS', Gaza: 'PS', 'West Bank': 'PS', Taiwan: 'TW', Kosovo: 'XK', Palestine: 'PS',
  Türkiye: 'TR', Turkey: 'TR', Russia: 'RU', Syria: 'SY', Iran: 'IR', Laos: 'LA', Moldova: 'MD',
  Bolivia: 'BO', Venezuela: 'VE', Tanzania: 'TZ', Vietnam: 'VN', 'Soviet Union': 'RU', USSR: 'RU',
};

/**
 * Demonyms the package does not list (plural and adjectival forms it lacks). Plurals of listed
 * demonyms ("Belarusians") are derived in code, not listed here.
 */
export const EXTRA_DEMONYMS: Readonly<Record<string, string>> = {
  British: 'GB', Briton: 'GB', Scottish: 'GB', Welsh: 'GB', Dutch: 'NL', Swiss: 'CH',
  French: 'FR', Irish: 'IE', Spanish: 'ES', Polish: 'PL', Danish: 'DK', Swedish: 'SE', Finnish: 'FI',
  Turkish: 'TR', Kyivan: 'UA', Emirati: 'AE', Filipino: 'PH', Saudi: 'SA',
  Belarussian: 'BY', Byelorussian: 'BY', Ukranian: 'UA', Korean: 'KR', 'South Korean': 'KR', 'North Korean': 'KP',
  Palestinian: 'PS', Israeli: 'IL', Taiwanese: 'TW', Kosovar: 'XK', Congolese: 'CD', American: 'US',
};

/** Capitals spelled differently in news than in the package ("Washington D.C." -> "Washington"). */
export const EXTRA_CAPITALS: Readonly<Record<string, string>> = {
  Washington: 'US', 'Washington, D.C.': 'US', Kiev: 'UA', Kyiv: 'UA', 'New Delhi': 'IN', Delhi: 'IN',
  Beijing: 'CN', Moscow: 'RU', Minsk: 'BY', Warsaw: 'PL', Vilnius: 'LT', Riga: 'LV', Tallinn: 'EE',
  Jerusalem: 'IL', Tehran: 'IR', Ankara: 'TR', Brussels: 'BE', Pyongyang: 'KP', Seoul: 'KR',
  Tokyo: 'JP', Havana: 'CU', Caracas: 'VE', Damascus: 'SY', Baghdad: 'IQ', Kabul: 'AF',
};

/** City names from the packages that are also common capitalised English words, never matched. */
export const AMBIGUOUS_PLACE_NAMES: ReadonlySet<string> = new Set([
  'Nice', 'Mobile', 'Reading', 'Bath', 'Split', 'Of', 'Victoria', 'Georgetown', 'Kingston', 'Hamilton',
  'Florence', 'Orange', 'Independence', 'Concord', 'Lincoln', 'Eucla', 'Sale', 'Cork', 'Bar', 'Union', 'Male', 'Praia', 'Well', 'Mary',
  'American Samoan', 'Island', 'Islands', 'Saint', 'Cape', 'Cook', 'Christmas', 'Norfolk', 'Jersey',
]);

