import { getNodePath, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { AppwriteConfigError, type ConfigProblem } from './ConfigProblem.ts';
import { nearest } from './nearest.ts';
import { ATTRIBUTE_TYPE_ALIASES, ATTRIBUTE_TYPES, either, KEY_PATTERN, KEY_RULE, ON_DELETE, RELATION_SIDES, RELATION_TYPES, STRING_FORMATS, TYPE_HINTS } from './rules.ts';

/** The most problems one check reports; a badly broken file would otherwise print thousands. */
const MAX_PROBLEMS = 50;

// Where a node is, in the words of the source: `file:line:column`, or `name at collections[0].key`.
interface Locator {
  (node: Node): Pick<ConfigProblem, 'where' | 'line' | 'column'>;
}

/**
 * Creates the list of problems of an `appwrite.json`'s text: JSON syntax, then every rule the
 * generated types and the emulator rely on. An empty list means the file can be used.
 *
 * @param text The file's text.
 * @param file The file's name as messages show it.
 *
 * @returns The problems, each with `file:line:column`.
 */
export function checkAppwriteConfigText(text: string, file: string): ConfigProblem[] {
  const lines = lineStarts(text);
  const at = (offset: number) => {
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lines[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    const line = low + 1;
    const column = offset - lines[low]! + 1;
    return { where: `${file}:${line}:${column}`, line, column };
  };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  let strict = true;
  try {
    JSON.parse(text);
  } catch {
    strict = false;
  }
  if (errors.length || !strict || !root) {
    const first = errors[0];
    // 'ValueExpected' -> 'value expected'
    const what = first ? printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() : 'unexpected content';
    return [{ ...at(first?.offset ?? text.length), reason: `not valid JSON (${what}).` }];
  }
  return checkTree(root, (node) => at(node.offset));
}

/**
 * Creates the list of problems of a config given as an object, such as `startEmulator({ config })`.
 * Places are named by path (`collections[0].attributes[2].type`), as an object has no lines.
 *
 * @param value The config object.
 * @param name What messages call it.
 *
 * @returns The problems.
 */
export function checkAppwriteConfigValue(value: unknown, name = 'config'): ConfigProblem[] {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    return [{ where: name, reason: `cannot be read as JSON (${(error as Error).message}).` }];
  }
  const root = text === undefined ? undefined : parseTree(text);
  if (!root) return [{ where: name, reason: 'an appwrite.json holds one JSON object ({ "projectId": … }).' }];
  return checkTree(root, (node) => ({ where: `${name} at ${pathOf(node)}` }));
}

/**
 * Creates the config from an `appwrite.json`'s text, or throws an {@link AppwriteConfigError}
 * whose message is `file:line:column: what is wrong`.
 *
 * @param text The file's text.
 * @param file The file's name as messages show it.
 *
 * @returns The parsed config.
 */
export function readAppwriteConfig(text: string, file: string): Record<string, unknown> {
  const problems = checkAppwriteConfigText(text, file);
  if (problems.length) throw new AppwriteConfigError(problems);
  return JSON.parse(text) as Record<string, unknown>;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length);
  return starts;
}

function pathOf(node: Node): string {
  return (
    getNodePath(node)
      .map((part, index) => (typeof part === 'number' ? `[${part}]` : /^[A-Za-z_$][\w$]*$/.test(part) ? `${index ? '.' : ''}${part}` : `[${quote(part)}]`))
      .join('') || '(top)'
  );
}

/**
 * Creates a quoted, one-line, bounded copy of user text for a message.
 *
 * @param value The text.
 *
 * @returns The text in double quotes.
 */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return JSON.stringify(short).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

function member(object: Node | undefined, key: string): Node | undefined {
  if (object?.type !== 'object') return undefined;
  // The last one wins, as in JSON.parse; duplicates are reported on their own.
  let found: Node | undefined;
  for (const property of object.children ?? []) if (property.children?.[0]?.value === key) found = property.children[1];
  return found;
}

function present(node: Node | undefined): node is Node {
  return node !== undefined && node.type !== 'null';
}

function checkTree(root: Node, locate: Locator): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const report = (node: Node, reason: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ ...locate(node), reason });
  };
  const line = (node: Node) => {
    const { line: number, where } = locate(node);
    return number === undefined ? where : `line ${number}`;
  };

  if (root.type !== 'object') {
    report(root, 'an appwrite.json holds one JSON object ({ "projectId": … }).');
    return problems;
  }
  checkDuplicateKeys(root, report, line);
  const stringField = (object: Node, key: string, what: string, needed: boolean): string | undefined => {
    const node = member(object, key);
    if (!present(node)) {
      if (needed) report(object, `${what} needs "${key}" (a non-empty string).`);
      return undefined;
    }
    if (node.type !== 'string' || (needed && !node.value)) {
      report(node, `"${key}" must be ${needed ? 'a non-empty string' : 'a string'}.`);
      return undefined;
    }
    return node.value as string;
  };
  const list = (key: string): Node[] => {
    const node = member(root, key);
    if (!present(node)) return [];
    if (node.type !== 'array') {
      report(node, `"${key}" must be a list.`);
      return [];
    }
    return node.children ?? [];
  };

  const databaseIds = new Map<string, Node>();
  for (const database of list('databases')) {
    if (database.type !== 'object') {
      report(database, 'each database must be an object ({ "$id": …, "name": … }).');
      continue;
    }
    const id = stringField(database, '$id', 'a database', true);
    if (id === undefined || !validKey(member(database, '$id')!, 'database ID', report)) continue;
    const first = databaseIds.get(id);
    if (first) report(member(database, '$id')!, `database ${quote(id)} is listed twice (first at ${line(first)}); database IDs must be unique.`);
    else databaseIds.set(id, member(database, '$id')!);
  }

  // Collections by database, so relationships can be checked against the same database.
  const collections: { node: Node; id: string; databaseId: string }[] = [];
  const byDatabase = new Map<string, Map<string, Node>>();
  for (const collection of list('collections')) {
    if (collection.type !== 'object') {
      report(collection, 'each collection must be an object ({ "$id": …, "databaseId": …, "attributes": […] }).');
      continue;
    }
    const id = stringField(collection, '$id', 'a collection', true);
    const databaseId = stringField(collection, 'databaseId', 'a collection', true);
    stringField(collection, 'name', 'a collection', false);
    if (id === undefined || databaseId === undefined) continue;
    const validIds = validKey(member(collection, '$id')!, 'collection ID', report);
    if (!validKey(member(collection, 'databaseId')!, 'database ID', report) || !validIds) continue;
    const ids = byDatabase.get(databaseId) ?? new Map<string, Node>();
    byDatabase.set(databaseId, ids);
    const first = ids.get(id);
    if (first) {
      report(member(collection, '$id')!, `database ${quote(databaseId)} already has a collection ${quote(id)} (at ${line(first)}); collection IDs must be unique within a database.`);
      continue;
    }
    ids.set(id, member(collection, '$id')!);
    collections.push({ node: collection, id, databaseId });
  }

  for (const { node, id, databaseId } of collections) {
    checkAttributes(node, id, databaseId, byDatabase, report, line);
  }

  // The other lists are read by the emulator only; their IDs follow the same rule.
  for (const [key, what] of [['buckets', 'bucket ID'], ['teams', 'team ID'], ['functions', 'function ID'], ['topics', 'topic ID']] as const) {
    for (const item of list(key)) {
      const idNode = member(item, '$id');
      if (present(idNode) && idNode.type === 'string') validKey(idNode, what, report);
    }
  }
  return problems;
}

/**
 * Reports a string node that Appwrite would refuse as an ID or key.
 *
 * @returns Whether the value follows the rule.
 */
function validKey(node: Node, what: string, report: Report): boolean {
  if (KEY_PATTERN.test(node.value as string)) return true;
  report(node, `${quote(node.value)} is not a valid ${what}: ${KEY_RULE}.`);
  return false;
}

type Report = (node: Node, reason: string) => void;

function checkDuplicateKeys(node: Node, report: Report, line: (node: Node) => string): void {
  // Iterative, so a deeply nested file cannot exhaust the stack.
  const stack = [node];
  while (stack.length) {
    const current = stack.pop()!;
    if (current.type === 'object') {
      const seen = new Map<string, Node>();
      for (const property of current.children ?? []) {
        const keyNode = property.children?.[0];
        if (!keyNode) continue;
        const key = keyNode.value as string;
        const first = seen.get(key);
        if (first) report(keyNode, `${quote(key)} appears twice in this object (first at ${line(first)}); JSON keeps only the last, so remove one.`);
        else seen.set(key, keyNode);
      }
    }
    for (const child of current.children ?? []) stack.push(child);
  }
}

function checkAttributes(
  collection: Node,
  collectionId: string,
  databaseId: string,
  byDatabase: ReadonlyMap<string, ReadonlyMap<string, Node>>,
  report: Report,
  line: (node: Node) => string,
): void {
  const attributes = member(collection, 'attributes');
  if (!present(attributes)) return;
  if (attributes.type !== 'array') {
    report(attributes, '"attributes" must be a list.');
    return;
  }
  const keys = new Map<string, Node>();
  for (const attribute of attributes.children ?? []) {
    if (attribute.type !== 'object') {
      report(attribute, 'each attribute must be an object ({ "key": …, "type": … }).');
      continue;
    }
    const keyNode = member(attribute, 'key');
    if (!present(keyNode) || keyNode.type !== 'string' || !keyNode.value) {
      report(keyNode ?? attribute, 'an attribute needs a "key" (a non-empty string).');
      continue;
    }
    const key = keyNode.value as string;
    const name = `attribute ${quote(key)}`;
    if (key.startsWith('$')) {
      report(keyNode, `${name}: keys starting with "$" are kept for the system fields Appwrite adds ($id, $createdAt …).`);
      continue;
    }
    if (!validKey(keyNode, 'attribute key', report)) continue;
    const first = keys.get(key);
    if (first) {
      report(keyNode, `collection ${quote(collectionId)} already has an attribute ${quote(key)} (at ${line(first)}); attribute keys must be unique within a collection.`);
      continue;
    }
    keys.set(key, keyNode);

    const typeNode = member(attribute, 'type');
    if (!present(typeNode) || typeNode.type !== 'string') {
      report(typeNode ?? attribute, `${name} needs a "type": one of ${either(ATTRIBUTE_TYPES)}.`);
      continue;
    }
    const written = typeNode.value as string;
    const type = ATTRIBUTE_TYPE_ALIASES[written] ?? written;
    if (!(ATTRIBUTE_TYPES as readonly string[]).includes(type)) {
      report(typeNode, unknownType(written));
      continue;
    }
    for (const flag of ['required', 'array']) {
      const node = member(attribute, flag);
      if (present(node) && node.type !== 'boolean') report(node, `${name}: "${flag}" must be true or false.`);
    }
    const required = member(attribute, 'required')?.value === true;
    const array = member(attribute, 'array')?.value === true;

    const formatNode = member(attribute, 'format');
    let format = '';
    if (present(formatNode)) {
      if (formatNode.type !== 'string') report(formatNode, `${name}: "format" must be a string (${either(STRING_FORMATS)}, or empty).`);
      else if (type !== 'string') {
        if (formatNode.value) report(formatNode, `${name}: "format" applies to string attributes only; leave it out of a ${type} attribute.`);
      } else if (formatNode.value && !(STRING_FORMATS as readonly string[]).includes(formatNode.value as string)) {
        const guess = nearest(formatNode.value as string, STRING_FORMATS);
        report(formatNode, `${quote(formatNode.value)} is not a string format; use ${either(STRING_FORMATS)}, or leave it empty${guess ? ` (did you mean "${guess}"?)` : ''}.`);
      } else format = formatNode.value as string;
    }

    let elements: string[] = [];
    if (format === 'enum') {
      const node = member(attribute, 'elements');
      if (!present(node) || node.type !== 'array' || !node.children?.length) {
        report(present(node) ? node : formatNode!, `enum ${name} needs "elements": a non-empty list of the allowed strings.`);
      } else {
        for (const element of node.children) {
          if (element.type !== 'string' || !element.value) report(element, `enum ${name}: each element must be a non-empty string.`);
          else elements.push(element.value as string);
        }
      }
    }

    const numberField = (field: string, whole: boolean, least?: number): number | undefined => {
      const node = member(attribute, field);
      if (!present(node)) return undefined;
      const value = node.value;
      if (node.type !== 'number' || !Number.isFinite(value) || (whole && !Number.isInteger(value)) || (least !== undefined && value < least)) {
        report(node, `${name}: "${field}" must be ${whole ? 'a whole number' : 'a finite number'}${least === undefined ? '' : ` of at least ${least}`}.`);
        return undefined;
      }
      return value as number;
    };
    let size: number | undefined;
    let min: number | undefined;
    let max: number | undefined;
    if (type === 'string') size = numberField('size', true, 0);
    if (type === 'integer' || type === 'double') {
      min = numberField('min', type === 'integer');
      max = numberField('max', type === 'integer');
      if (min !== undefined && max !== undefined && min > max) report(member(attribute, 'min')!, `${name}: "min" (${min}) is greater than "max" (${max}).`);
    }

    if (type === 'relationship') {
      checkRelationship(attribute, name, databaseId, byDatabase, report);
    }

    const defaultNode = member(attribute, 'default');
    if (present(defaultNode)) {
      const problem = required
        ? 'a required attribute cannot have a default (Appwrite refuses it); make it optional or drop the default.'
        : array
          ? 'a list attribute cannot have a default (Appwrite refuses it).'
          : type === 'relationship'
            ? 'a relationship cannot have a default.'
            : wrongDefault(defaultNode, type, format, elements, size, min, max);
      if (problem) report(defaultNode, `${name}: ${problem}`);
    }
  }
}

function unknownType(written: string): string {
  const valid = `use one of ${either(ATTRIBUTE_TYPES)}`;
  if ((STRING_FORMATS as readonly string[]).includes(written)) {
    return `${quote(written)} is not an attribute type but a string format: write "type": "string", "format": ${quote(written)}.`;
  }
  const guess = TYPE_HINTS[written.toLowerCase()] ?? nearest(written, ATTRIBUTE_TYPES);
  return `${quote(written)} is not an attribute type; ${valid}${guess ? ` (did you mean "${guess}"?)` : ''}.`;
}

function checkRelationship(attribute: Node, name: string, databaseId: string, byDatabase: ReadonlyMap<string, ReadonlyMap<string, Node>>, report: Report): void {
  const relatedNode = member(attribute, 'relatedCollection');
  if (!present(relatedNode) || relatedNode.type !== 'string' || !relatedNode.value) {
    report(relatedNode ?? attribute, `relationship ${name} needs "relatedCollection": the ID of a collection in the same database.`);
  } else {
    const related = relatedNode.value as string;
    const here = byDatabase.get(databaseId);
    if (!here?.has(related)) {
      const elsewhere = [...byDatabase].find(([, ids]) => ids.has(related))?.[0];
      const guess = nearest(related, [...(here?.keys() ?? [])]);
      report(
        relatedNode,
        elsewhere !== undefined
          ? `relationship ${name}: collection ${quote(related)} is in database ${quote(elsewhere)}, not ${quote(databaseId)}; a relationship stays within one database.`
          : `relationship ${name}: database ${quote(databaseId)} has no collection ${quote(related)}${guess ? ` (did you mean ${quote(guess)}?)` : ''}.`,
      );
    }
  }
  const choice = (field: string, options: readonly string[]) => {
    const node = member(attribute, field);
    if (!present(node)) return;
    if (node.type === 'string' && options.includes(node.value as string)) return;
    const guess = node.type === 'string' ? nearest(node.value as string, options) : undefined;
    report(node, `relationship ${name}: "${field}" must be ${either(options.map((option) => `"${option}"`))}${guess ? ` (did you mean "${guess}"?)` : ''}.`);
  };
  choice('relationType', RELATION_TYPES);
  choice('side', RELATION_SIDES);
  choice('onDelete', ON_DELETE);
  const twoWay = member(attribute, 'twoWay');
  if (present(twoWay) && twoWay.type !== 'boolean') report(twoWay, `relationship ${name}: "twoWay" must be true or false.`);
  const twoWayKey = member(attribute, 'twoWayKey');
  if (present(twoWayKey) && twoWayKey.type !== 'string') report(twoWayKey, `relationship ${name}: "twoWayKey" must be a string.`);
  else if (present(twoWayKey) && twoWayKey.value !== '') validKey(twoWayKey, 'two-way key', report);
}

function wrongDefault(node: Node, type: string, format: string, elements: readonly string[], size?: number, min?: number, max?: number): string | undefined {
  const value: unknown = node.value;
  const range = () => (min !== undefined && (value as number) < min ? `at least ${min}` : max !== undefined && (value as number) > max ? `at most ${max}` : undefined);
  switch (type) {
    case 'string': {
      if (node.type !== 'string') return `the default must be a string, like the attribute.`;
      if (format === 'enum' && elements.length && !elements.includes(value as string)) return `the default ${quote(value)} is not one of the elements (${elements.map(quote).join(', ')}).`;
      if (size !== undefined && (value as string).length > size) return `the default is longer than "size" (${size} characters).`;
      return undefined;
    }
    case 'integer':
    case 'double': {
      if (node.type !== 'number' || !Number.isFinite(value) || (type === 'integer' && !Number.isInteger(value))) return `the default must be ${type === 'integer' ? 'a whole number' : 'a finite number'}, like the attribute.`;
      const outside = range();
      return outside ? `the default must be ${outside}, like every value.` : undefined;
    }
    case 'boolean':
      return node.type === 'boolean' ? undefined : 'the default must be true or false, like the attribute.';
    case 'datetime':
      return node.type === 'string' && !Number.isNaN(Date.parse(value as string)) ? undefined : 'the default must be an ISO 8601 date string.';
    default:
      return undefined;
  }
}
