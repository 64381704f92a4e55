import { describe, expect, it } from 'vitest';
import { createAccountReader, parseAccountsText } from '../../../lib/import';
import { readExample } from './fixtures';

function readInChunks(text: string, fileName: string, size: number) {
  const reader = createAccountReader({ fileName });
  const accounts = [];
  for (let i = 0; i < text.length; i += size) accounts.push(...reader.push(text.slice(i, i + size)));
  accounts.push(...reader.end());
  return { accounts, ...reader.report() };
}

describe('createAccountReader', () => {
  it.each(['salesforce-export.csv', 'hubspot-export.csv', 'accounts.csv', 'real/salesforce-dataloader-edge-cases.csv'])(
    'reads %s in small chunks exactly as in one piece',
    (name) => {
      const text = readExample(name);
      const whole = parseAccountsText(text, name);
      for (const size of [1, 7, 64, 1000]) expect(readInChunks(text, name, size)).toEqual(whole);
    },
  );

  it('streams NDJSON line by line across chunks', () => {
    const text = '{"id":"1","name":"Acme"}\n{"id":"2","name":"Globex"}\n{"id":"3","name":"Initech"}';
    const result = readInChunks(text, 'a.ndjson', 5);
    expect(result.accounts.map((a) => a.id)).toEqual(['1', '2', '3']);
  });

  it('hands out accounts as chunks complete and reports progress', () => {
    const reader = createAccountReader({ fileName: 'a.csv' });
    expect(reader.push('id,name\n1,Acme\n2,Glo')).toEqual([{ id: '1', name: 'Acme' }]);
    expect(reader.progress()).toEqual({ rows: 1, valid: 1 });
    expect(reader.headers()).toEqual(['id', 'name']);
    expect(reader.push('bex\n')).toEqual([{ id: '2', name: 'Globex' }]);
    expect(reader.end()).toEqual([]);
    expect(reader.progress()).toEqual({ rows: 2, valid: 2 });
  });

  it('applies the user’s mapping corrections', () => {
    const reader = createAccountReader({ fileName: 'a.csv', mapping: { Org: 'name', Ref: 'id', Notes: 'ignore' } });
    const accounts = [...reader.push('Ref,Org,Notes\nX1,Acme,secret\n'), ...reader.end()];
    expect(accounts).toEqual([{ id: 'X1', name: 'Acme' }]);
    expect(reader.report().mapping).toEqual({ Ref: 'id', Org: 'name', Notes: 'ignore' });
  });
});
