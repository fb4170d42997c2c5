/** What a user agent says about the client, in the fields of Appwrite's session and log models. */
export interface ClientDescription {
  osCode: string;
  osName: string;
  osVersion: string;
  clientType: string;
  clientCode: string;
  clientName: string;
  clientVersion: string;
  clientEngine: string;
  clientEngineVersion: string;
  deviceName: string;
  deviceBrand: string;
  deviceModel: string;
}

const BROWSERS: Array<[RegExp, string, string, string]> = [
  [/Edg\/([\d.]+)/, 'ME', 'Microsoft Edge', 'Blink'],
  [/Chrome\/([\d.]+)/, 'CH', 'Chrome', 'Blink'],
  [/Firefox\/([\d.]+)/, 'FF', 'Firefox', 'Gecko'],
  [/Version\/([\d.]+).*Safari/, 'SF', 'Safari', 'WebKit'],
  [/Node\.js\/v?([\d.]+)|node\/v?([\d.]+)/i, 'NJ', 'Node.js', ''],
];
const SYSTEMS: Array<[RegExp, string, string]> = [
  [/Windows NT ([\d.]+)/, 'WIN', 'Windows'],
  [/Android ([\d.]+)/, 'AND', 'Android'],
  [/iPhone OS ([\d_]+)/, 'IOS', 'iOS'],
  [/Mac OS X ([\d_]+)/, 'MAC', 'Mac'],
  [/Linux/, 'LIN', 'GNU/Linux'],
];

// Windows NT kernel versions and the release names device detectors report for them.
const WINDOWS_RELEASES: Record<string, string> = { '10.0': '10', '6.3': '8.1', '6.2': '8', '6.1': '7', '6.0': 'Vista', '5.1': 'XP' };

/**
 * Cuts a version to `major.minor`, as Appwrite's device detector reports it (`70.0.3538.77` → `70.0`).
 *
 * @param version The full version.
 *
 * @returns The shortened version.
 */
function toMinor(version: string): string {
  return version.split('.').slice(0, 2).join('.');
}

/**
 * Creates a coarse client description from a User-Agent header.
 *
 * @param userAgent The header value.
 *
 * @returns OS, client and device fields ('' when unknown).
 */
export function describeClient(userAgent: string): ClientDescription {
  const description: ClientDescription = {
    osCode: '', osName: '', osVersion: '', clientType: '', clientCode: '', clientName: '', clientVersion: '',
    clientEngine: '', clientEngineVersion: '', deviceName: '', deviceBrand: '', deviceModel: '',
  };
  for (const [pattern, code, name, engine] of BROWSERS) {
    const match = pattern.exec(userAgent);
    if (!match) continue;
    const version = match[1] ?? match[2] ?? '';
    Object.assign(description, {
      clientType: code === 'NJ' ? 'library' : 'browser', clientCode: code, clientName: name, clientVersion: toMinor(version), clientEngine: engine,
      clientEngineVersion: engine === 'Blink' ? version : '',
    });
    break;
  }
  for (const [pattern, code, name] of SYSTEMS) {
    const match = pattern.exec(userAgent);
    if (!match) continue;
    const version = (match[1] ?? '').replace(/_/g, '.');
    Object.assign(description, { osCode: code, osName: name, osVersion: code === 'WIN' ? (WINDOWS_RELEASES[version] ?? version) : toMinor(version) });
    break;
  }
  description.deviceName = /Mobile|Android|iPhone/.test(userAgent) ? 'smartphone' : description.clientType === 'browser' ? 'desktop' : '';
  return description;
}
