import { describe, expect, it } from 'vitest';
import { AppwriteException } from '../../errors/AppwriteException.ts';
import { parseGraphqlRequest } from './parseGraphqlRequest.ts';

describe('parseGraphqlRequest', () => {
  it.each([
    ['{"query":"{ a }","variables":{"x":1}}', 'application/json', false, { requests: [{ query: '{ a }', variables: { x: 1 } }], batch: false }],
    ['{"query":{"query":"{ a }","variables":{"x":1}}}', 'application/json', true, { requests: [{ query: '{ a }', variables: { x: 1 } }], batch: false }],
    ['[{"query":"{ a }"},{"query":"{ b }","operationName":"B"}]', 'application/json', false, { requests: [{ query: '{ a }' }, { query: '{ b }', operationName: 'B' }], batch: true }],
    ['{ a }', 'application/graphql', false, { requests: [{ query: '{ a }' }], batch: false }],
    ['{"query":"{ a }","variables":"{\\"x\\":2}"}', 'application/json', false, { requests: [{ query: '{ a }', variables: { x: 2 } }], batch: false }],
  ])('%s', (text, type, wrapped, expected) => {
    expect(parseGraphqlRequest(text, type, wrapped)).toEqual(expected);
  });

  it.each([
    ['', 'graphql_no_query'],
    ['{"query":""}', 'graphql_no_query'],
    ['[]', 'graphql_no_query'],
    [JSON.stringify(Array.from({ length: 11 }, () => ({ query: '{ a }' }))), 'graphql_too_many_queries'],
  ])('rejects %s', (text, type) => {
    let caught: unknown;
    try {
      parseGraphqlRequest(text, 'application/json', false);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppwriteException);
    expect((caught as AppwriteException).type).toBe(type);
  });
});
