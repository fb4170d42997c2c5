// Ported from appwrite/appwrite 1.5.11 tests/e2e/Services/Locale/LocaleBase.php (run by LocaleCustomClientTest).
import { describe, it } from 'vitest';
import { call, expect, getHeaders, projectId, useEmulator } from './support/appwrite.ts';
import { readFileSync } from 'node:fs';

// Appwrite 1.5.11's own locale lists (app/config/locale), kept as a fixture so the test does not read the emulator's data.
const { localeCodes, countryCodes, continentCodes } = JSON.parse(readFileSync(new URL('../fixtures/locale-codes.json', import.meta.url), 'utf8')) as { localeCodes: string[]; countryCodes: string[]; continentCodes: string[] };

useEmulator();
const base = async () => ({ 'content-type': 'application/json', 'x-appwrite-project': projectId(), ...(await getHeaders()) });
const withLocale = (locale: string) => ({ 'content-type': 'application/json', 'x-appwrite-project': projectId(), 'x-appwrite-locale': locale });

describe('locale (LocaleCustomClientTest)', () => {
  // LocaleBase::testGetLocale
  it('testGetLocale', async () => {
    const response = await call('GET', '/locale', await base());
    expect(response.headers['status-code']).toBe(200);
    for (const key of ['ip', 'countryCode', 'country', 'continent', 'continentCode', 'eu', 'currency']) expect(response.body).toHaveProperty(key);
  });

  // LocaleBase::testGetCountries
  it('testGetCountries', async () => {
    let response = await call('GET', '/locale/countries', await base());
    expect(response.headers['status-code']).toBe(200);
    expect(typeof response.body).toBe('object');
    expect(response.body.total).toBe(197);
    expect(response.body.countries[0].name).toBe('Afghanistan');
    expect(response.body.countries[0].code).toBe('AF');
    // Test locale code change to ES
    response = await call('GET', '/locale/countries', withLocale('es'));
    expect(response.headers['status-code']).toBe(200);
    expect(typeof response.body).toBe('object');
    expect(response.body.total).toBe(197);
    expect(response.body.countries[0].name).toBe('Afganistán');
    expect(response.body.countries[0].code).toBe('AF');
  });

  // LocaleBase::testGetCountriesEU
  it('testGetCountriesEU', async () => {
    let response = await call('GET', '/locale/countries/eu', await base());
    expect(response.headers['status-code']).toBe(200);
    expect(response.body.total).toBe(27);
    expect(Array.isArray(response.body.countries)).toBe(true);
    expect(response.body.countries[0].name).toBe('Austria');
    expect(response.body.countries[0].code).toBe('AT');
    // Test locale code change to ES
    response = await call('GET', '/locale/countries/eu', withLocale('es'));
    expect(response.headers['status-code']).toBe(200);
    expect(response.body.total).toBe(27);
    expect(Array.isArray(response.body.countries)).toBe(true);
    expect(response.body.countries[0].name).toBe('Alemania');
    expect(response.body.countries[0].code).toBe('DE');
  });

  // LocaleBase::testGetCountriesPhones
  it('testGetCountriesPhones', async () => {
    const response = await call('GET', '/locale/countries/phones', await base());
    expect(response.headers['status-code']).toBe(200);
    expect(typeof response.body).toBe('object');
    expect(response.body.total).toBe(196);
    expect(Array.isArray(response.body.phones)).toBe(true);
    expect(response.body.phones[0].code).toBe('+1');
    expect(response.body.phones[0].countryName).toBe('Canada');
    expect(response.body.phones[0].countryCode).toBe('CA');
  });

  // LocaleBase::testGetContinents
  it('testGetContinents', async () => {
    let response = await call('GET', '/locale/continents', await base());
    expect(response.headers['status-code']).toBe(200);
    expect(response.body.total).toBe(7);
    expect(Array.isArray(response.body.continents)).toBe(true);
    expect(response.body.continents[0].code).toBe('AF');
    expect(response.body.continents[0].name).toBe('Africa');
    // Test locale code change to ES
    response = await call('GET', '/locale/continents', withLocale('es'));
    expect(response.headers['status-code']).toBe(200);
    expect(response.body.total).toBe(7);
    expect(Array.isArray(response.body.continents)).toBe(true);
    expect(response.body.continents[0].code).toBe('NA');
    expect(response.body.continents[0].name).toBe('América del Norte');
  });

  // LocaleBase::testGetCurrencies
  it('testGetCurrencies', async () => {
    const response = await call('GET', '/locale/currencies', await base());
    expect(response.headers['status-code']).toBe(200);
    expect(typeof response.body).toBe('object');
    expect(response.body.total).toBe(117);
    expect(response.body.currencies[0].symbol).toBe('$');
    expect(response.body.currencies[0].name).toBe('US Dollar');
  });

  // LocaleBase::testGetLanguages
  it('testGetLanguages', async () => {
    const response = await call('GET', '/locale/languages', await base());
    expect(response.headers['status-code']).toBe(200);
    expect(typeof response.body).toBe('object');
    expect(response.body.total).toBe(186);
    expect(response.body.languages[0].code).toBe('aa');
    expect(response.body.languages[0].name).toBe('Afar');
    expect(response.body.languages[0].nativeName).toBe('Afar');
    expect(response.body.languages[185].code).toBe('zu');
    expect(response.body.languages[185].name).toBe('Zulu');
    expect(response.body.languages[185].nativeName).toBe('isiZulu');
  });

  // LocaleBase::testLanguages
  // adapted: the PHP test requires app/config/locale/{codes,countries,continents}.php; the same lists come from the converted data.
  it('testLanguages', async () => {
    for (const lang of localeCodes.map((code) => ({ code }))) {
      let response = await call('GET', '/locale/countries', withLocale(lang.code));
      // adapted: one assertion per language for the whole list (PHP asserts per country)
      expect(response.body.countries.map((c: any) => c.code).filter((c: string) => !countryCodes.includes(c)), `countries to remove from ${lang.code}`).toEqual([]);
      expect(response.headers['status-code']).toBe(200);
      expect(response.body.total).toBe(197);
      response = await call('GET', '/locale/continents', withLocale(lang.code));
      expect(response.body.continents.map((c: any) => c.code).filter((c: string) => !continentCodes.includes(c)), `continents to remove from ${lang.code}`).toEqual([]);
      expect(response.headers['status-code']).toBe(200);
      expect(response.body.total).toBe(7);
    }
  });
});
