import { describe, expect, it } from 'vitest';
import { emitParamSchemas, sharedSchemaOf } from '../src/emitParamSchemas.mjs';
import { paramRule } from '../src/rules.mjs';

const idParam = (name, description = 'ID.') => ({ name, in: 'path', required: true, rule: paramRule({ name, description, schema: { type: 'string' } }) });

describe('shared param schemas', () => {
  it('emits each shared rule once, pure, and only the kinds some operation uses', () => {
    const source = emitParamSchemas([{ params: [idParam('teamId'), idParam('userId')] }, { params: [idParam('fileId', 'Choose a custom ID or `ID.unique()`.')] }], '// header');
    expect(source.match(/export const _idSchema = \/\* @__PURE__ \*\/ v\.pipe\(/g)).toHaveLength(1);
    expect(source).toContain('export const _customIdSchema');
    expect(source).not.toContain('_phoneSchema');
  });

  it('refuses two different schemas under one shared kind', () => {
    const a = idParam('teamId');
    const b = { ...idParam('userId'), rule: { ...a.rule, schema: 'v.string()' } };
    expect(() => emitParamSchemas([{ params: [a, b] }], '')).toThrow(/different schemas/);
  });

  it('leaves rules that are not shared inline', () => {
    expect(sharedSchemaOf(paramRule({ name: 'email', description: '', schema: { type: 'string' } }))).toBeUndefined();
    expect(sharedSchemaOf(idParam('teamId').rule)).toBe('_idSchema');
  });
});
