import { describe, expect, it } from 'vitest';
import { camelCase, enumKey, propertyKey } from '../src/names.mjs';

describe('camelCase', () => {
  const table = [
    ['create_email_password_session', 'createEmailPasswordSession'],
    ['get_by_id', 'getById'],
    ['create_o_auth2_session', 'createOAuth2Session'],
    ['create_email_verification_0', 'createEmailVerification0'],
    ['get_eu_countries', 'getEuCountries'],
  ];
  it.each(table)('%s -> %s', (snake, camel) => {
    expect(camelCase(snake)).toBe(camel);
  });
});

describe('enumKey', () => {
  const table = [
    ['Google Chrome (iOS)', 'GoogleChromeIOS'],
    ['top-left', 'TopLeft'],
    ['paypalSandbox', 'PaypalSandbox'],
    ["Côte d'Ivoire", 'CoteDIvoire'],
    ['3d', '_3d'],
  ];
  it.each(table)('%s -> %s', (label, key) => {
    expect(enumKey(label)).toBe(key);
  });
});

describe('propertyKey', () => {
  it('quotes keys that are not identifiers', () => {
    expect(propertyKey('$id')).toBe('$id');
    expect(propertyKey('x-demo')).toBe("'x-demo'");
  });
});
