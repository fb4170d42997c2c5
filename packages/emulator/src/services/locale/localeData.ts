import {
  continentCodes, countryCodes, currencies, euCodes, languages, localeCodes, phoneCodes, translationFileOf, translationTexts,
} from '../../generated/localeData.ts';

const knownCodes = new Set(localeCodes.map((entry) => entry.code));

/**
 * Picks the locale Appwrite would use: the requested one when it is one of its locale codes, else English.
 *
 * @param requested The `X-Appwrite-Locale` header or `locale` parameter.
 *
 * @returns A locale code.
 */
export function resolveLocale(requested: string | undefined): string {
  return requested && knownCodes.has(requested) ? requested : 'en';
}

/**
 * Looks up one translated text the way Appwrite's locale library does (no fallback to English).
 *
 * @param locale A locale code (see `resolveLocale`).
 * @param key The translation key, e.g. `countries.de`.
 *
 * @returns The text, or undefined when the locale has none.
 */
export function translate(locale: string, key: string): string | undefined {
  return translationTexts[translationFileOf[resolveLocale(locale)] ?? 'en']?.[key];
}

// PHP's strcmp compares bytes; comparing UTF-8 buffers gives the same order.
const byBytes = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

/**
 * Lists countries sorted by their translated name, as Appwrite does.
 *
 * @param requested The requested locale.
 * @param onlyEu Whether to keep EU members only (those without a translation are left out).
 *
 * @returns `{ name, code }` entries.
 */
export function listCountries(requested: string | undefined, onlyEu = false): Array<{ name: string; code: string }> {
  const locale = resolveLocale(requested);
  const out: Array<{ name: string; code: string }> = [];
  for (const code of onlyEu ? euCodes : countryCodes) {
    const name = translate(locale, `countries.${code.toLowerCase()}`);
    if (name === undefined && onlyEu) continue;
    out.push({ name: name ?? `{{countries.${code.toLowerCase()}}}`, code });
  }
  return out.sort((a, b) => byBytes(a.name, b.name));
}

/**
 * Lists the seven continents sorted by their translated name.
 *
 * @param requested The requested locale.
 *
 * @returns `{ name, code }` entries.
 */
export function listContinents(requested: string | undefined): Array<{ name: string; code: string }> {
  const locale = resolveLocale(requested);
  return continentCodes
    .map((code) => ({ name: translate(locale, `continents.${code.toLowerCase()}`) ?? `{{continents.${code.toLowerCase()}}}`, code }))
    .sort((a, b) => byBytes(a.name, b.name));
}

/**
 * Lists dialling codes ordered by number (ties keep Appwrite's order), for countries with a translated name.
 *
 * @param requested The requested locale.
 *
 * @returns `{ code: '+49', countryCode, countryName }` entries.
 */
export function listPhoneCodes(requested: string | undefined): Array<{ code: string; countryCode: string; countryName: string }> {
  const locale = resolveLocale(requested);
  return Object.entries(phoneCodes)
    .sort(([, a], [, b]) => Number(a) - Number(b))
    .flatMap(([countryCode, number]) => {
      const countryName = translate(locale, `countries.${countryCode.toLowerCase()}`);
      return countryName === undefined ? [] : [{ code: `+${number}`, countryCode, countryName }];
    });
}

/**
 * Lists languages with their English and native names.
 *
 * @returns `{ name, code, nativeName }` entries.
 */
export function listLanguages(): Array<{ name: string; code: string; nativeName: string }> {
  return languages.map((language) => ({ ...language }));
}

/**
 * Lists Appwrite's currencies.
 *
 * @returns Appwrite `currency` models.
 */
export function listCurrencies(): Array<Record<string, unknown>> {
  return currencies.map(({ locations: _locations, ...currency }) => currency);
}

/**
 * Lists the locale codes Appwrite accepts.
 *
 * @returns `{ code: 'de-at', name: 'German (Austria)' }` entries.
 */
export function listLocaleCodes(): Array<{ code: string; name: string }> {
  return localeCodes.map((entry) => ({ ...entry }));
}
