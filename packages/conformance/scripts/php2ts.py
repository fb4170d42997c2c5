# Mechanical PHP-to-TypeScript translator for the Appwrite e2e tests (first pass only; see scripts/port.sh).
# Handles the patterns those tests use: client calls, PHP arrays, PHPUnit asserts, @depends ordering.
import re, sys

def tokenize_strings(src):
    """Yield (kind, text) with kind 'str' for PHP string literals, 'code' otherwise; comments dropped."""
    out = []; i = 0; buf = ''
    while i < len(src):
        c = src[i]
        if src.startswith('//', i) and not src.startswith('//', i) is False:
            pass
        if c in "'\"":
            if buf: out.append(('code', buf)); buf = ''
            j = i + 1
            while src[j] != c:
                if src[j] == '\\': j += 1
                j += 1
            out.append(('str', src[i:j+1])); i = j + 1; continue
        if src.startswith('/*', i):
            j = src.index('*/', i); i = j + 2; continue
        if src.startswith('//', i):
            j = src.find('\n', i); i = j; continue
        buf += c; i += 1
    if buf: out.append(('code', buf))
    return out

def conv_string(s):
    q = s[0]; body = s[1:-1]
    if q == "'":
        body = body.replace("\\'", "'")
        return "'" + body.replace('\\', '\\\\').replace("'", "\\'").replace('\\\\\\\\','\\\\') + "'" if False else json_str(body)
    # double quoted: interpolate $var
    if '$' in body:
        body2 = re.sub(r'\{?\$([A-Za-z_]\w*)((?:\[[^\]]+\])*)\}?', lambda m: '${' + m.group(1) + m.group(2) + '}', body)
        return '`' + body2.replace('`', '\\`') + '`'
    return '"' + body + '"'

def json_str(body):
    import json
    return json.dumps(body, ensure_ascii=False).replace('"', '\u0001').replace("'", "\\'").replace('\u0001', "'").replace("\\\\'", "\\'") if False else "'" + body.replace('\\', '\\\\').replace("'", "\\'") + "'"

def convert_code(code):
    code = re.sub(r'#\[[^\]]*\]', '', code)
    code = code.replace('\\DateTime', 'DateTime')
    code = re.sub(r'^\s*\.\s*(?=\$|[A-Za-z_\\(]|$)', ' + ', code)
    code = re.sub(r'(?<=[\w\)\]])\s*\.\s*$', ' + ', code)
    code = re.sub(r'(?<=[\w\)\]])\s*\.\s*(?=\$)', ' + ', code)
    code = code.replace('Client::METHOD_', "'M_")
    code = re.sub(r"'M_(GET|POST|PUT|PATCH|DELETE|OPTIONS|HEAD)", r"'\1'", code)
    code = code.replace('$this->client->call(', 'await call(')
    code = code.replace("$this->getProject()['$id']", 'projectId()')  # won't match due to string split; handled later
    code = code.replace('$this->getHeaders()', '(await getHeaders())')
    code = code.replace('$this->getUser()', '(await getUser())')
    code = code.replace('$this->getLastEmail(', 'getLastEmail(')
    code = code.replace('$this->', 'this_')
    code = re.sub(r'\\(?=[a-z_]+\()', '', code)
    code = re.sub(r'([A-Z][A-Za-z]*)::', r'\1.', code)
    code = code.replace('->toString()', '')
    code = code.replace('->', '.')
    code = re.sub(r'\$([A-Za-z_]\w*)', r'\1', code)
    code = re.sub(r'(^|(?<=[\s)\]\w]))\s\.\s(?=\S|$)', ' + ', code)
    code = re.sub(r'^\s*\.\s*$', ' + ', code)
    code = code.replace(' .= ', ' += ')
    code = code.replace('=>', '=>')
    code = re.sub(r'\bnew Document\(', '(', code)
    return code

def convert(src):
    toks = tokenize_strings(src)
    parts = []
    for kind, text in toks:
        parts.append(conv_string(text) if kind == 'str' else convert_code(text))
    s = ''.join(parts)
    s = s.replace("getProject()['$id']", "projectId()").replace("this_getProject()['$id']", 'projectId()')
    s = s.replace("this_projectId()", "projectId()").replace("this_getProject()", "getProject()")
    s = brackets(s)
    s = asserts(s)
    return s

def find_close(s, i, o, c):
    depth = 0; j = i; q = None
    while j < len(s):
        ch = s[j]
        if q:
            if ch == '\\': j += 2; continue
            if ch == q: q = None
        elif ch in "'\"`": q = ch
        elif ch in '([{': depth += 1
        elif ch in ')]}':
            depth -= 1
            if depth == 0: return j
        j += 1
    raise Exception('unbalanced at ' + s[i:i+80])

def split_top(s):
    args = []; depth = 0; q = None; cur = ''; j = 0
    while j < len(s):
        ch = s[j]
        if q:
            cur += ch
            if ch == '\\': cur += s[j+1]; j += 2; continue
            if ch == q: q = None
        elif ch in "'\"`": q = ch; cur += ch
        elif ch in '([{': depth += 1; cur += ch
        elif ch in ')]}': depth -= 1; cur += ch
        elif ch == ',' and depth == 0: args.append(cur); cur = ''
        else: cur += ch
        j += 1
    if cur.strip(): args.append(cur)
    return args

def brackets(s):
    # convert PHP arrays with => into objects; process innermost-first by recursion
    out = ''; i = 0; q = None
    while i < len(s):
        ch = s[i]
        if q:
            out += ch
            if ch == '\\': out += s[i+1]; i += 2; continue
            if ch == q: q = None
            i += 1; continue
        if ch in "'\"`": q = ch; out += ch; i += 1; continue
        if ch == '[' and not (re.search(r"[\w\)\]]\s*$", out[-3:] if out else '') and not re.search(r"\b(return|in|of|case)\s*$", out[-8:])):
            j = find_close(s, i, '[', ']')
            inner = brackets(s[i+1:j])
            items = split_top(inner)
            if any('=>' in it and not re.search(r'\bfn\b|function', it) for it in items) and all(('=>' in it) or not it.strip() for it in items):
                conv = []
                for it in items:
                    k, v = it.split('=>', 1)
                    k = k.strip()
                    m = re.match(r"^'([A-Za-z_$][\w$]*)'$", k)
                    key = m.group(1) if m else ('[' + k + ']' if not k.startswith("'") else k)
                    lead = re.match(r'^\s*', it).group(0)
                    conv.append(lead + key + ': ' + v.strip())
                tail = ',' if inner.rstrip().endswith(',') else ''
                out += '{' + ','.join(conv) + tail + re.search(r'\s*$', inner).group(0) + '}'
            else:
                out += '[' + inner + ']'
            i = j + 1; continue
        out += ch; i += 1
    return out

MAP = {
 'assertEquals': lambda a: f'expect({a[1]}).toEqual({a[0]})',
 'assertSame': lambda a: f'expect({a[1]}).toStrictEqual({a[0]})',
 'assertNotEquals': lambda a: f'expect({a[1]}).not.toEqual({a[0]})',
 'assertNotSame': lambda a: f'expect({a[1]}).not.toStrictEqual({a[0]})',
 'assertTrue': lambda a: f'expect({a[0]}).toBe(true)',
 'assertFalse': lambda a: f'expect({a[0]}).toBe(false)',
 'assertNull': lambda a: f'expect({a[0]} ?? null).toBeNull()',
 'assertNotNull': lambda a: f'expect({a[0]} ?? null).not.toBeNull()',
 'assertEmpty': lambda a: f'expect(isEmpty({a[0]})).toBe(true)',
 'assertNotEmpty': lambda a: f'expect(isEmpty({a[0]})).toBe(false)',
 'assertGreaterThan': lambda a: f'expect({a[1]}).toBeGreaterThan({a[0]})',
 'assertGreaterThanOrEqual': lambda a: f'expect({a[1]}).toBeGreaterThanOrEqual({a[0]})',
 'assertLessThan': lambda a: f'expect({a[1]}).toBeLessThan({a[0]})',
 'assertLessThanOrEqual': lambda a: f'expect({a[1]}).toBeLessThanOrEqual({a[0]})',
 'assertIsInt': lambda a: f'expect(Number.isInteger({a[0]})).toBe(true)',
 'assertIsString': lambda a: f"expect(typeof {a[0]}).toBe('string')",
 'assertIsBool': lambda a: f"expect(typeof {a[0]}).toBe('boolean')",
 'assertIsNumeric': lambda a: f"expect(isNumeric({a[0]})).toBe(true)",
 'assertIsFloat': lambda a: f"expect(typeof {a[0]}).toBe('number')",
 'assertIsArray': lambda a: f'expect(isArray({a[0]})).toBe(true)',
 'assertArrayHasKey': lambda a: f'expect({a[1]}).toHaveProperty([{a[0]}])',
 'assertArrayNotHasKey': lambda a: f'expect({a[1]}).not.toHaveProperty([{a[0]}])',
 'assertCount': lambda a: f'expect(count({a[1]})).toBe({a[0]})',
 'assertContains': lambda a: f'expect({a[1]}).toContain({a[0]})',
 'assertNotContains': lambda a: f'expect({a[1]}).not.toContain({a[0]})',
 'assertStringContainsString': lambda a: f'expect({a[1]}).toContain({a[0]})',
 'assertStringNotContainsString': lambda a: f'expect({a[1]}).not.toContain({a[0]})',
 'assertStringStartsWith': lambda a: f'expect(String({a[1]}).startsWith({a[0]})).toBe(true)',
 'assertStringEndsWith': lambda a: f'expect(String({a[1]}).endsWith({a[0]})).toBe(true)',
 'assertInstanceOf': lambda a: f'expect({a[1]}).toBeTruthy()',
 'assertMatchesRegularExpression': lambda a: f'expect({a[1]}).toMatch(new RegExp({a[0]}))',
 'assertNotFalse': lambda a: f'expect({a[0]}).not.toBe(false)',
 'assertStringContainsStringIgnoringCase': lambda a: f'expect(String({a[1]}).toLowerCase()).toContain(String({a[0]}).toLowerCase())',
 'assertIsObject': lambda a: f"expect(typeof {a[0]}).toBe('object')",
}

def asserts(s):
    out = ''; i = 0
    while True:
        m = re.compile(r'this_(assert\w+)\(').search(s, i)
        if not m: out += s[i:]; break
        out += s[i:m.start()]
        j = find_close(s, m.end() - 1, '(', ')')
        args = [a.strip() for a in split_top(asserts(s[m.end():j]))]
        name = m.group(1)
        if name in MAP:
            try: out += MAP[name](args)
            except IndexError: out += f'/* TODO {name} */ expect(true).toBe(false)'
        else:
            out += f'/* TODO {name}({", ".join(args)}) */ expect(true).toBe(false)'
        i = j + 1
    return out

def functions(s):
    # public function testX(args): type {  ... }  ->  it('testX', async () => { ... });
    lines = s.split('\n'); out = []; in_fn = False; name = None
    for line in lines:
        m = re.match(r'^    (?:public |protected |private )?function (\w+)\s*\(([^)]*)\)\s*(?::\s*[\w?]+)?\s*$', line)
        m2 = re.match(r'^    (?:public |protected |private )?function (\w+)\s*\(([^)]*)\)\s*(?::\s*[\w?]+)?\s*\{\s*$', line)
        mm = m or m2
        if mm:
            name = mm.group(1); in_fn = True
            kind = 'it' if name.startswith('test') else 'helper'
            out.append(f'  // {CLS}::{name}')
            out.append(f"  {'it' if kind=='it' else '// helper'}('{name}', async () => {{" if kind == 'it' else f'  async function {name}({mm.group(2)}) {{')
            if m2: pass
            else: out.append('__SKIP_OPEN__')
            continue
        if line.strip() == '{' and out and out[-1] == '__SKIP_OPEN__':
            out.pop(); continue
        if re.match(r'^    \}\s*$', line) and in_fn:
            out.append('  });' if name.startswith('test') else '  }'); in_fn = False; continue
        out.append(line)
    return '\n'.join(out)

def declare_vars(s):
    # add let declarations for assigned vars per it() body
    def fix(block):
        names = []
        for m in re.finditer(r'^\s*([a-z_]\w*)\s*=(?!=)', block, re.M):
            if m.group(1) not in names and m.group(1) not in ('data',): names.append(m.group(1))
        for m in re.finditer(r'for \(const (?:\[)?(\w+)', block): pass
        return names
    out = []; parts = re.split(r"(\n  (?:it\('[^']+', async \(\) => \{|async function \w+\([^)]*\) \{))", s)
    res = parts[0]
    for k in range(1, len(parts), 2):
        head = parts[k]; body = parts[k+1]
        names = fix(body)
        decl = f"\n    let {', '.join(n + ': any' for n in names)};" if names else ''
        res += head + decl + body
    return res

def foreach(s):
    s = re.sub(r'foreach \((.+?) as (\w+) => (\w+)\)', r'for (const [\2, \3] of Object.entries(\1))', s)
    s = re.sub(r'foreach \((.+?) as (\w+)\)', r'for (const \2 of Object.values(\1))', s)
    return s

CLS = sys.argv[2] if len(sys.argv) > 2 else 'Test'
src = open(sys.argv[1]).read()
DEPENDS = {}
for m in re.finditer(r'/\*\*((?:(?!\*/)[\s\S])*)\*/\s*public function (\w+)', src):
    DEPENDS[m.group(2)] = re.findall(r'@depends\s+(\w+)', m.group(1))

def order(text):
    head, *blocks = re.split(r'\n(?=  // \w+::\w+\n)', text)
    named = []
    for b in blocks:
        n = re.match(r'  // \w+::(\w+)', b).group(1)
        named.append((n, b))
    names = [n for n, _ in named]
    done = []; seen = set()
    def visit(n):
        if n in seen: return
        seen.add(n)
        for d in DEPENDS.get(n, []):
            if d in names: visit(d)
        done.append(n)
    for n in names: visit(n)
    byname = dict(named)
    return '\n'.join([head] + [byname[n] for n in done])

src = src.split('{', 1)[1] if 'trait ' in src or 'class ' in src else src
# drop everything before first function
src = src[src.index('    public function') if '    public function' in src else 0:]
src = src.rstrip().rstrip('}')
s = convert(src)
s = functions(s)
s = order(s)
s = foreach(s)
s = re.sub(r'\breturn \[\];', 'return;', s)
s = s.replace('return array_merge(data, ', 'Object.assign(data, ')
s = re.sub(r'^(\s*)return (\{[\s\S]*?\});', r'\1Object.assign(data, \2);', s, flags=re.M)
s = declare_vars(s)
s = s.replace('__SKIP_OPEN__\n', '')
s = re.sub(r'\bsleep\(', 'await sleep(', s)
s = re.sub(r'\n\s*\n+', '\n', s)
print(s)
