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
    Object.assign(description, { clientType: code === 'NJ' ? 'library' : 'browser', clientCode: code, clientName: name, clientVersion: match[1] ?? match[2] ?? '', clientEngine: engine });
    break;
  }
  for (const [pattern, code, name] of SYSTEMS) {
    const match = pattern.exec(userAgent);
    if (!match) continue;
    Object.assign(description, { osCode: code, osName: name, osVersion: (match[1] ?? '').replace(/_/g, '.') });
    break;
  }
  description.deviceName = /Mobile|Android|iPhone/.test(userAgent) ? 'smartphone' : description.clientType === 'browser' ? 'desktop' : '';
  return description;
}
