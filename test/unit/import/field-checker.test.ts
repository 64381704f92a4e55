import { describe, expect, it } from 'vitest';
import { CANONICAL_FIELDS } from '../../../lib/import/account-shape';
import { ASK_SCHEMA, createFieldChecker, customShortcut, shortcutsForTest } from '../../../lib/import/field-checker';
import { ACCOUNT_VALUE_SCHEMAS, AccountSchema } from '../../../lib/schema/account';

const AWKWARD: unknown[] = [
  'Acme',
  '  Acme  ',
  '',
  '   ',
  '\u00a0Acme\u2003',
  '\u200b',
  '\ufeffAcme',
  'Ж',
  '\n\t',
  0,
  -0,
  1,
  1.5,
  -1,
  100,
  100.0001,
  101,
  1e21,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_SAFE_INTEGER + 2,
  true,
  null,
  {},
  [],
  ['a', ' b '],
  ['a', ''],
  ['a', 1],
  [' '],
  ['\u00a0x\u00a0'],
];

describe('the field checker’s shortcuts', () => {
  it('cover every shared value schema', () => {
    expect(new Set(shortcutsForTest().keys())).toEqual(new Set(Object.values(ACCOUNT_VALUE_SCHEMAS)));
  });

  it('answer exactly as the schema would, and only for values it accepts', () => {
    for (const [schema, shortcut] of shortcutsForTest()) {
      for (const value of AWKWARD) {
        const parsed = schema.safeParse(value);
        const quick = shortcut(value);
        if (quick === ASK_SCHEMA) continue;
        expect(parsed.success, `${JSON.stringify(value)} taken by the shortcut but refused by the schema`).toBe(true);
        expect(quick).toEqual(parsed.data);
      }
      // A shortcut that always asked would pass the loop above: each takes some value.
      expect(AWKWARD.some((value) => shortcut(value) !== ASK_SCHEMA)).toBe(true);
    }
  });

  it('checks every field as the whole account schema does', () => {
    const check = createFieldChecker();
    CANONICAL_FIELDS.forEach((field, index) => {
      for (const value of AWKWARD) {
        const parsed = AccountSchema.shape[field].safeParse(value);
        const checked = check(index, value);
        expect(checked.ok, `${field} = ${JSON.stringify(value)}`).toBe(parsed.success);
        // As stored (JSON): remembered answers are found by SameValueZero, so -0 may come back as 0.
        if (checked.ok && parsed.success) expect(JSON.stringify(checked.value)).toBe(JSON.stringify(parsed.data));
        if (!checked.ok && !parsed.success) expect(checked.message).toBe(parsed.error.issues[0]?.message);
      }
    });
  });

  it('take a row’s custom values as the custom schema would, and only plain objects', () => {
    const values: unknown[] = [
      {},
      { serves: 'businesses' },
      { 'column 32': ' x ', Serves: '', n: 1, list: ['a'], nested: { a: 1 }, nothing: undefined },
      JSON.parse('{"__proto__": {"polluted": true}, "a": 1}'),
      Object.create(null),
      Object.assign(Object.create({ inherited: 1 }), { own: 2 }),
      [],
      ['a'],
      null,
      'text',
      1,
      new Date(0),
    ];
    const schema = AccountSchema.shape.custom;
    for (const value of values) {
      const quick = customShortcut(value);
      if (quick === ASK_SCHEMA) continue;
      const parsed = schema.safeParse(value);
      expect(parsed.success, `${JSON.stringify(value)} taken by the shortcut but refused by the schema`).toBe(true);
      expect(quick).toStrictEqual(parsed.data);
    }
    expect(customShortcut({ serves: 'businesses' })).not.toBe(ASK_SCHEMA);
    expect(customShortcut(JSON.parse('{"__proto__": {"polluted": true}}'))).toBe(ASK_SCHEMA);
  });
});
