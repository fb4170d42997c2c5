import type { Hono } from 'hono';
import type { EmulatorContext } from '../../server/context.ts';
import { clientIp, defineRoute } from '../../server/defineRoute.ts';
import { listContinents, listCountries, listCurrencies, listLanguages, listLocaleCodes, listPhoneCodes } from './localeData.ts';

/**
 * Registers the 8 locale operations, answered from ICU (`Intl`) and the `countries-list`
 * data set; country names follow `X-Appwrite-Locale`.
 *
 * @param app The Hono app.
 * @param ctx The emulator context.
 */
export function registerLocaleRoutes(app: Hono, ctx: EmulatorContext): void {
  const locale = (c: { req: { header(name: string): string | undefined } }): string | undefined => c.req.header('x-appwrite-locale');

  // Local addresses have no geo location, which Appwrite reports with '--' codes.
  defineRoute(app, ctx, 'localeGet', ({ c }) => ({
    ip: clientIp(c), countryCode: '--', country: 'Unknown', continentCode: '--', continent: 'Unknown', eu: false, currency: '',
  }));
  defineRoute(app, ctx, 'localeListCodes', () => {
    const localeCodes = listLocaleCodes();
    return { total: localeCodes.length, localeCodes };
  });
  defineRoute(app, ctx, 'localeListContinents', () => {
    const continents = listContinents();
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
