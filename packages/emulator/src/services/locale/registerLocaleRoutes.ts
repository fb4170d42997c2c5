import type { Hono } from 'hono';
import type { EmulatorContext } from '../../server/context.ts';
import { clientIp, defineRoute } from '../../server/defineRoute.ts';
import { listContinents, listCountries, listCurrencies, listLanguages, listLocaleCodes, listPhoneCodes, resolveLocale, translate } from './localeData.ts';

/**
 * Registers the 8 locale operations, answered from Appwrite 1.5's own locale data (converted by
 * scripts/generate-locale.mjs); names follow `X-Appwrite-Locale` (or `?locale=`).
 *
 * @param app The Hono app.
 * @param ctx The emulator context.
 */
export function registerLocaleRoutes(app: Hono, ctx: EmulatorContext): void {
  const locale = (c: { req: { header(name: string): string | undefined; query(name: string): string | undefined } }): string | undefined =>
    c.req.query('locale') ?? c.req.header('x-appwrite-locale');

  // Local addresses have no geo location, which Appwrite reports with '--' codes.
  const unknown = (c: Parameters<typeof locale>[0]): string => translate(resolveLocale(locale(c)), 'locale.country.unknown') ?? 'Unknown';
  defineRoute(app, ctx, 'localeGet', ({ c }) => ({
    ip: clientIp(c), countryCode: '--', country: unknown(c), continentCode: '--', continent: unknown(c), eu: false, currency: '',
  }));
  defineRoute(app, ctx, 'localeListCodes', () => {
    const localeCodes = listLocaleCodes();
    return { total: localeCodes.length, localeCodes };
  });
  defineRoute(app, ctx, 'localeListContinents', ({ c }) => {
    const continents = listContinents(locale(c));
    return { total: continents.length, continents };
  });
  defineRoute(app, ctx, 'localeListCountries', ({ c }) => {
    const countries = listCountries(locale(c));
    return { total: countries.length, countries };
  });
  defineRoute(app, ctx, 'localeListCountriesEU', ({ c }) => {
    const countries = listCountries(locale(c), true);
    return { total: countries.length, countries };
  });
  defineRoute(app, ctx, 'localeListCountriesPhones', ({ c }) => {
    const phones = listPhoneCodes(locale(c));
    return { total: phones.length, phones };
  });
  defineRoute(app, ctx, 'localeListCurrencies', () => {
    const currencies = listCurrencies();
    return { total: currencies.length, currencies };
  });
  defineRoute(app, ctx, 'localeListLanguages', () => {
    const languages = listLanguages();
    return { total: languages.length, languages };
  });
}
