import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { operations } from '../generated/operations.mjs';
import { isolationSamples, otherEndpointPaths, sizeBudgets } from './budgets.mjs';

const op = (name: string) => {
  const found = operations.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no operation ${name}`);
  return found;
};

describe('operations table', () => {
  it('lists all 95 operations once, with their official counterparts', () => {
    expect(operations).toHaveLength(95);
    expect(new Set(operations.map((o) => `${o.service}.${o.name}`)).size).toBe(95);
    expect(op('getCurrentUser')).toMatchObject({ official: 'get', method: 'GET', path: '/account' });
    expect(op('getUserMemberships')).toMatchObject({ service: 'teams', official: 'list', path: '/teams' });
  });
});

describe('every-operation scenario', () => {
  it('imports exactly each operation, plus the URL builder of each binary one', () => {
    const app = readFileSync(new URL('../../scenarios/ours/all.js', import.meta.url), 'utf8');
    const imported = [...app.matchAll(/^ {2}(\w+) as (\w+)_\1,$/gm)].map((match) => `${match[2]}.${match[1]}`).sort();
    const expected = operations.flatMap((o) => [`${o.service}.${o.name}`, ...(o.binary ? [`${o.service}.${o.name}Url`] : [])]).sort();
    expect(imported).toEqual(expected);
  });
});

describe('isolation check', () => {
  it('samples getCurrentUser and one operation of each of the 9 services', () => {
    const samples = isolationSamples();
    expect(samples[0]?.name).toBe('getCurrentUser');
    expect(new Set(samples.map((o) => o.service)).size).toBe(9);
    expect(samples).toHaveLength(9);
  });

  it("finds another endpoint's path literal in any quote style", () => {
    const user = op('getCurrentUser');
    expect(otherEndpointPaths('const a={path:"/account"};', user)).toEqual([]);
    expect(otherEndpointPaths('const a={path:"/account"},b={path:"/account/sessions/email"};', user)).toEqual(['/account/sessions/email']);
    expect(otherEndpointPaths("x='/teams'", user)).toEqual(['/teams']);
    expect(otherEndpointPaths('x=`/teams/{teamId}`', user)).toEqual(['/teams/{teamId}']);
  });

  it("does not count paths contained in the operation's own path", () => {
    const prefs = op('getPrefs');
    expect(prefs.path).toBe('/account/prefs');
    expect(otherEndpointPaths('p="/account/prefs"', prefs)).toEqual([]);
  });
});

describe('size budgets', () => {
  it('keeps the agreed limits (raising one needs a reason, not a quiet edit)', () => {
    // Goals from issue 13; ceilings are the sizes last measured, plus ~3% (every operation: 19.3 kB with shared param rules).
    expect(Object.fromEntries(sizeBudgets.map((b) => [b.scenario, b.maxGzip]))).toEqual({ bare: 1000, login: 7000, typical: 9500, all: 16000, exports: undefined });
    expect(Object.fromEntries(sizeBudgets.map((b) => [b.scenario, b.ceiling]))).toEqual({ bare: 530, login: 8650, typical: 11750, all: 16000, exports: 18400 });
  });
});
