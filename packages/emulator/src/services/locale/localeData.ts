import { continents, countries, languages } from 'countries-list';

// The 27 member states of the European Union (since 2020).
const EU_MEMBERS = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];

/**
 * Creates a region-name lookup for a locale, falling back to English, then to the data set's name.
 *
 * @param locale The X-Appwrite-Locale value, e.g. `de` or `pt-br`.
 *
 * @returns A function from country code to name.
 */
export function countryNamer(locale: string | undefined): (code: string) => string {
  let names: Intl.DisplayNames;
  try {
    names = new Intl.DisplayNames([locale || 'en', 'en'], { type: 'region', fallback: 'none' });
  } catch {
    names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  }
  return (code) => names.of(code) ?? countries[code as keyof typeof countries]?.name ?? code;
}

/**
 * Lists countries, sorted by their name in the given locale.
 *
 * @param locale The locale.
 * @param onlyEu Whether to keep EU members only.
 *
 * @returns `{ name, code }` entries.
 */
export function listCountries(locale: string | undefined, onlyEu = false): Array<{ name: string; code: string }> {
  const nameOf = countryNamer(locale);
  const codes = onlyEu ? EU_MEMBERS : Object.keys(countries);
  return codes.map((code) => ({ name: nameOf(code), code })).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Lists the seven continents.
 *
 * @returns `{ name, code }` entries sorted by name.
 */
export function listContinents(): Array<{ name: string; code: string }> {
  return Object.entries(continents).map(([code, name]) => ({ name, code })).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Lists international dialling codes, one per country.
 *
 * @param locale The locale for country names.
 *
 * @returns `{ code: '+49', countryCode, countryName }` entries.
 */
export function listPhoneCodes(locale: string | undefined): Array<{ code: string; countryCode: string; countryName: string }> {
  const nameOf = countryNamer(locale);
  return Object.entries(countries)
    .filter(([, country]) => country.phone.length > 0)
    .map(([code, country]) => ({ code: `+${country.phone[0]}`, countryCode: code, countryName: nameOf(code) }))
    .sort((a, b) => a.countryName.localeCompare(b.countryName));
}

/**
 * Lists languages with their English and native names.
 *
 * @returns `{ name, code, nativeName }` entries.
 */
export function listLanguages(): Array<{ name: string; code: string; nativeName: string }> {
  return Object.entries(languages).map(([code, language]) => ({ name: language.name, code, nativeName: language.native }));
}

/**
 * Lists currencies known to the runtime's ICU data, with symbols, plural name and decimals.
 *
 * @returns Appwrite `currency` models.
 */
export function listCurrencies(): Array<Record<string, unknown>> {
  const names = new Intl.DisplayNames(['en'], { type: 'currency' });
  return Intl.supportedValuesOf('currency').map((code) => {
    const symbol = partOf(new Intl.NumberFormat('en', { style: 'currency', currency: code }), 'currency') ?? code;
    const symbolNative = partOf(new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: 'narrowSymbol' }), 'currency') ?? symbol;
    const plural = new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: 'name' });
    const decimalDigits = plural.resolvedOptions().maximumFractionDigits ?? 2;
    return {
      symbol,
      name: names.of(code) ?? code,
      symbolNative,
      decimalDigits,
      rounding: 0,
      code,
      namePlural: partOf(plural, 'currency', 2) ?? code,
    };
  });
}

/**
 * Lists locale codes: every language, and each country's main language in that country.
 *
 * @returns `{ code: 'de-at', name: 'German (Austria)' }` entries.
 */
export function listLocaleCodes(): Array<{ code: string; name: string }> {
  const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none', languageDisplay: 'standard' });
  const codes = new Set<string>(Object.keys(languages));
  for (const [country, data] of Object.entries(countries)) {
    const language = data.languages[0];
    if (language) codes.add(`${language}-${country.toLowerCase()}`);
  }
  const out: Array<{ code: string; name: string }> = [];
  for (const code of codes) {
    const [language, region] = code.split('-');
    let name: string | undefined;
    try {
      name = names.of(region ? `${language}-${region.toUpperCase()}` : code);
    } catch {
      name = undefined;
    }
    if (name) out.push({ code, name });
  }
  return out.sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * Returns the text of one part of a formatted number.
 *
 * @param format The formatter.
 * @param type The part type.
 * @param value The number to format.
 *
 * @returns The part's text.
 */
function partOf(format: Intl.NumberFormat, type: string, value = 1): string | undefined {
  return format.formatToParts(value).find((part) => part.type === type)?.value;
}
