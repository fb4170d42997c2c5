import { describe, expect, it } from 'vitest';
import { parseMessage } from './parseMessage.ts';

describe('parseMessage', () => {
  const event = { events: ['a.create'], channels: ['documents'], timestamp: '2024-01-01T00:00:00.000+00:00', payload: { $id: '1' } };

  it.each([
    ['connected', { type: 'connected', data: { channels: ['account'], user: null } }, { type: 'connected', data: { channels: ['account'], user: null } }],
    ['connected without data', { type: 'connected' }, { type: 'connected', data: {} }],
    ['an event', { type: 'event', data: event }, { type: 'event', data: event }],
    ['an error', { type: 'error', data: { code: 1008, message: 'Missing channels' } }, { type: 'error', data: { code: 1008, message: 'Missing channels' } }],
    ['an error without details', { type: 'error' }, { type: 'error', data: { code: 0, message: 'Unknown realtime error' } }],
    ['a response', { type: 'response', data: { to: 'authentication', success: true } }, { type: 'response', data: { to: 'authentication', success: true } }],
    ['a pong', { type: 'pong' }, { type: 'pong' }],
  ])('reads %s', (_, message, expected) => {
    expect(parseMessage(JSON.stringify(message))).toEqual(expected);
  });

  it('reads a Buffer frame', () => {
    expect(parseMessage(Buffer.from(JSON.stringify({ type: 'pong' })))).toEqual({ type: 'pong' });
  });

  it.each([
    ['text that is not JSON', 'hello'],
    ['a JSON scalar', '42'],
    ['an unknown type', JSON.stringify({ type: 'mystery', data: {} })],
    ['an event without channels', JSON.stringify({ type: 'event', data: { events: ['x'] } })],
    ['an event with non-string events', JSON.stringify({ type: 'event', data: { events: [1], channels: ['x'] } })],
    ['no data at all', undefined],
  ])('drops %s', (_, raw) => {
    expect(parseMessage(raw)).toBeUndefined();
  });
});
