import { AwValidationError, createClient } from '@aw/core';
import { describe, expect, test } from 'vitest';
import { redirectToOAuth2, type OAuth2Navigator } from './redirectToOAuth2.ts';

const client = createClient({ endpoint: 'https://api.example.test/v1', project: 'demo' });

function fakeLocation(href = 'https://app.example.test/login?next=1'): OAuth2Navigator & { visited: string[] } {
  const visited: string[] = [];
  return { href, visited, assign: (url) => void visited.push(url) };
}

describe('redirectToOAuth2', () => {
  test('navigates to the session URL with absolute return URLs and the project', () => {
    const location = fakeLocation();
    const url = redirectToOAuth2(client, { provider: 'github', success: '/welcome', failure: 'https://app.example.test/failed', scopes: ['repo'] }, { location });
    expect(location.visited).toEqual([url]);
    const parsed = new URL(url);
    expect(parsed.origin + parsed.pathname).toBe('https://api.example.test/v1/account/sessions/oauth2/github');
    expect(parsed.searchParams.get('success')).toBe('https://app.example.test/welcome');
    expect(parsed.searchParams.get('failure')).toBe('https://app.example.test/failed');
    expect(parsed.searchParams.get('scopes[0]')).toBe('repo');
    expect(parsed.searchParams.get('project')).toBe('demo');
  });

  test('return URLs default to the current page', () => {
    const location = fakeLocation();
    const parsed = new URL(redirectToOAuth2(client, { provider: 'google' }, { location }));
    expect(parsed.searchParams.get('success')).toBe(location.href);
    expect(parsed.searchParams.get('failure')).toBe(location.href);
  });

  test('the token flow uses the token endpoint', () => {
    const location = fakeLocation();
    const url = redirectToOAuth2(client, { provider: 'github', flow: 'token' }, { location });
    expect(new URL(url).pathname).toBe('/v1/account/tokens/oauth2/github');
    expect(new URL(url).searchParams.has('flow')).toBe(false);
  });

  test.each(['javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd'])('refuses the return URL %s and does not navigate', (success) => {
    const location = fakeLocation();
    expect(() => redirectToOAuth2(client, { provider: 'github', success }, { location })).toThrow(TypeError);
    expect(location.visited).toEqual([]);
  });

  test('refuses text that is not a URL when there is no page to resolve it against', () => {
    const location = fakeLocation('not a base');
    expect(() => redirectToOAuth2(client, { provider: 'github', success: 'welcome' }, { location })).toThrow(/success must be a URL/);
  });

  test('accepts the mobile callback scheme', () => {
    const location = fakeLocation();
    const url = redirectToOAuth2(client, { provider: 'github', success: 'appwrite-callback-demo://done' }, { location });
    expect(new URL(url).searchParams.get('success')).toBe('appwrite-callback-demo://done');
  });

  test('an unknown provider is a validation error', () => {
    const location = fakeLocation();
    expect(() => redirectToOAuth2(client, { provider: 'myspace' as 'github' }, { location })).toThrow(AwValidationError);
    expect(location.visited).toEqual([]);
  });

  test('without a window it tells the caller to build the URL instead', () => {
    expect(() => redirectToOAuth2(client, { provider: 'github' })).toThrow(/createOAuth2Session/);
  });
});
