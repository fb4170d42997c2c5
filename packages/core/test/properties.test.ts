import fc from 'fast-check';
import qs from 'qs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createClient } from '../src/index.ts';
import { _encodePath, _flattenParams, request, type Operation } from '../src/internal.ts';
import * as Query from '../src/query/index.ts';
import { sendJson, startLoopback, type Loopback } from './helpers/loopback.ts';

// Bounded: each property sends real requests, so keep the run count modest.
const RUNS = { numRuns: Number(process.env.RUNS ?? 60) };

let server: Loopback;
let client: ReturnType<typeof createClient>;

beforeAll(async () => {
  server = await startLoopback((req, res) => {
    // Split at the first `?` only: a query value may hold a `?` of its own (valid in a query).
    const at = req.url.includes('?') ? req.url.indexOf('?') : req.url.length;
    const path = req.url.slice(0, at);
    const search = req.url.slice(at + 1);
    // Parse the way a PHP-style server reads brackets; limits raised so long arrays stay arrays.
    const query = qs.parse(search, { depth: 50, arrayLimit: 1000, parameterLimit: 10_000 });
    sendJson(res, 200, { segments: path.split('/').slice(1), query });
  });
  client = createClient({ endpoint: server.endpoint, project: 'p1', retry: 0 });
});
afterAll(() => server.close());

const text = fc.string({ unit: 'grapheme', maxLength: 20 });
const scalar = fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => (Object.is(d, -0) ? 0 : d)), fc.boolean());
const queryValue = fc.oneof(scalar, fc.array(scalar, { minLength: 1, maxLength: 4 }));
const oneQuery = fc.oneof(
  fc.record({ method: fc.constantFrom('equal', 'contains'), attribute: text, values: queryValue }),
  // Appwrite takes notEqual with exactly one value.
  fc.record({ method: fc.constant('notEqual'), attribute: text, values: fc.oneof(scalar, fc.tuple(scalar)) }),
  fc.record({ method: fc.constantFrom('lessThan', 'greaterThan', 'lessThanEqual', 'greaterThanEqual'), attribute: text, values: scalar }),
  fc.record({ method: fc.constantFrom('startsWith', 'endsWith', 'search'), attribute: text, values: text }),
  fc.record({ method: fc.constantFrom('isNull', 'isNotNull', 'orderAsc', 'orderDesc'), attribute: text }),
  // Values Appwrite takes: a non-empty cursor ID, a limit from 1, an offset from 0.
  fc.record({ method: fc.constantFrom('cursorAfter', 'cursorBefore'), values: text.filter(Boolean) }),
  fc.record({ method: fc.constant('limit'), values: fc.integer({ min: 1 }) }),
  fc.record({ method: fc.constant('offset'), values: fc.nat() }),
  fc.record({ method: fc.constant('select'), values: fc.array(text, { maxLength: 4 }) }),
);

type Spec = { method: string; attribute?: string; values?: unknown };

function build(spec: Spec): string {
  const builders = Query as unknown as Record<string, (...args: unknown[]) => string>;
  const fn = builders[spec.method]!;
  if (spec.attribute === undefined) return spec.values === undefined ? fn() : fn(spec.values);
  return spec.values === undefined ? fn(spec.attribute) : fn(spec.attribute, spec.values);
}

function expected(spec: Spec): Record<string, unknown> {
  const out: Record<string, unknown> = { method: spec.method };
  if (spec.attribute !== undefined) out.attribute = spec.attribute;
  if (spec.values !== undefined) out.values = Array.isArray(spec.values) ? spec.values : [spec.values];
  return out;
}

test('every query builder serializes to {method, attribute, values} that parses back to its input', () => {
  fc.assert(
    fc.property(oneQuery, (spec) => {
      expect(JSON.parse(build(spec))).toEqual(expected(spec));
    }),
    { numRuns: 500 },
  );
});

test('or/and nest the parsed queries they are given', () => {
  fc.assert(
    fc.property(fc.array(oneQuery, { minLength: 1, maxLength: 4 }), fc.constantFrom('or', 'and'), (specs, method) => {
      const combined = Query[method as 'or'](specs.map(build));
      expect(JSON.parse(combined)).toEqual({ method, values: specs.map(expected) });
    }),
    { numRuns: 200 },
  );
});

test('queries sent as a GET list arrive at the server as the same list of the same queries', async () => {
  const list: Operation = { name: 'databases.listDocuments', method: 'GET', path: '/databases/{databaseId}/collections/{collectionId}/documents', fill: _encodePath, flat: _flattenParams };
  await fc.assert(
    fc.asyncProperty(fc.array(oneQuery, { minLength: 1, maxLength: 8 }), async (specs) => {
      const queries = specs.map(build);
      const { query } = await request<{ query: { queries: string[] } }>(client, list, { databaseId: 'db', collectionId: 'c', queries });
      expect(query.queries).toEqual(queries);
      expect(query.queries.map((q) => JSON.parse(q) as unknown)).toEqual(specs.map(expected));
    }),
    RUNS,
  );
});

test('any path value other than "", "." and ".." stays one segment and decodes back to itself', async () => {
  const op: Operation = { name: 'teams.getMembership', method: 'GET', path: '/teams/{teamId}/memberships/{membershipId}', fill: _encodePath };
  const id = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => s !== '.' && s !== '..');
  await fc.assert(
    fc.asyncProperty(id, id, async (teamId, membershipId) => {
      const { segments } = await request<{ segments: string[] }>(client, op, { teamId, membershipId });
      expect(segments.map((segment) => decodeURIComponent(segment))).toEqual(['v1', 'teams', teamId, 'memberships', membershipId]);
    }),
    RUNS,
  );
});

// Keys a bracket parser can represent: not numeric (they would become array indexes), no brackets,
// and not Object.prototype names, which a safe parser refuses.
const key = fc.stringMatching(/^[a-z_][a-zA-Z0-9_]{0,8}$/).filter((k) => !(k in Object.prototype));
const leaf = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.integer(), fc.boolean());
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('tree'), { minLength: 1, maxLength: 4 }),
  object: fc.dictionary(key, tie('tree'), { minKeys: 1, maxKeys: 4 }),
}));

// What a query string can say: leaves become strings; empty lists and objects say nothing.
function asQueryString(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(asQueryString).filter((item) => item !== undefined);
    return items.length ? items : undefined;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .map(([k, item]) => [k, asQueryString(item)] as const)
      .filter(([, item]) => item !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return String(value);
}

test('GET params of any nesting are flattened so that a bracket parser reads back the same structure', async () => {
  const op: Operation = { name: 'test.search', method: 'GET', path: '/search', flat: _flattenParams };
  await fc.assert(
    fc.asyncProperty(fc.dictionary(key, tree, { minKeys: 1, maxKeys: 4 }), async (params) => {
      const { query } = await request<{ query: unknown }>(client, op, params);
      expect(query).toEqual(asQueryString(params) ?? {});
    }),
    RUNS,
  );
});
