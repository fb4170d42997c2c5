/**
 * Creates the URL of Appwrite's realtime endpoint for a project and a set of channels.
 *
 * @param endpoint The API endpoint (`https://host/v1`) or a realtime endpoint (`wss://host/v1`).
 * @param project The project ID.
 * @param channels The channels to listen to.
 *
 * @returns The `ws(s)://host/v1/realtime?project=…&channels[]=…` URL.
 */
// @__NO_SIDE_EFFECTS__
export function realtimeUrl(endpoint: string, project: string, channels: readonly string[]): string {
  const base = endpoint.replace(/\/+$/, '').replace(/^http(s?):\/\//i, (_, secure: string) => `ws${secure.toLowerCase()}://`);
  if (!/^wss?:\/\//i.test(base)) throw new TypeError(`realtime: endpoint must be an http(s) or ws(s) URL, got "${endpoint}"`);
  const query = new URLSearchParams({ project });
  // Appwrite reads the channel list as a PHP array, hence the brackets.
  for (const name of channels) query.append('channels[]', name);
  return `${base}/realtime?${query.toString()}`;
}
