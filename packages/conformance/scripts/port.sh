#!/bin/bash
# First pass of a port: translates PHPUnit e2e tests of Appwrite (tests/e2e/Services/*) into vitest code
# that calls the helpers in test/support; the output is then adapted by hand (marked `adapted:`).
# usage: port.sh OUT "describe title" Class1:path1 Class2:path2 ...
out=$1; title=$2; shift 2
{
echo "// Ported from appwrite/appwrite 1.5.11 tests/e2e/Services (see each test's comment for its PHP origin)."
echo "// Translated mechanically from PHP, then adapted by hand where marked \`adapted:\`."
echo "/* eslint-disable */"
echo "import { describe, it } from 'vitest';"
echo "import { array_merge, call, count, filter_var, FILTER_VALIDATE_IP, getLastRequest, str_repeat, DatetimeValidator, DateTime, DateTimeValidator, expect, urlencode, getHeaders, getLastEmail, getProject, getUser, ID, isArray, isEmpty, isNumeric, knownDifference, Permission, projectId, Query, Role, sleep, strlen, strpos, substr, uniqid, useEmulator } from './support/appwrite.ts';"
echo
echo "useEmulator();"
echo
echo "describe('$title', () => {"
echo "  const data: any = {};"
for spec in "$@"; do
  cls=${spec%%:*}; path=${spec#*:}
  git -C "${APPWRITE_REPO:-/work/.mirror/appwrite+appwrite/repo}" show 1.5.11:$path > /tmp/port-src.php
  python3 "$(dirname "$0")/php2ts.py" /tmp/port-src.php $cls
done
echo "});"
} > $out
