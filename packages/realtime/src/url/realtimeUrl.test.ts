import { describe, expect, it } from 'vitest';
import { realtimeUrl } from './realtimeUrl.ts';

describe('realtimeUrl', () => {
  it.each([
    ['https://cloud.appwrite.io/v1', 'wss://cloud.appwrite.io/v1/realtime?project=p1&channels%5B%5D=account'],
    ['http://127.0.0.1:8080/v1/', 'ws://127.0.0.1:8080/v1/realtime?project=p1&channels%5B%5D=account'],
    ['HTTPS://Example.com/v1', 'wss://Example.com/v1/realtime?project=p1&channels%5B%5D=account'],
    ['wss://realtime.example.com/v1', 'wss://realtime.example.com/v1/realtime?project=p1&channels%5B%5D=account'],
  ])('turns %s into a WebSocket URL', (endpoint, expected) => {
    expect(realtimeUrl(endpoint, 'p1', ['account'])).toBe(expected);
  });

  it('lists every channel and encodes names and the project', () => {
    const url = new URL(realtimeUrl('https://h/v1', 'my project', ['documents', 'buckets.a&b.files']));
    expect(url.searchParams.get('project')).toBe('my project');
    expect(url.searchParams.getAll('channels[]')).toEqual(['documents', 'buckets.a&b.files']);
  });

  it('rejects an endpoint that is not http(s) or ws(s)', () => {
    expect(() => realtimeUrl('ftp://h/v1', 'p', ['account'])).toThrow(/http\(s\) or ws\(s\)/);
  });
});
