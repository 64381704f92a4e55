import { describe, expect, it } from 'vitest';
import { completeJsonItems, previewAccountFile, wholeItemsOf } from '../../../lib/import';
import { readExample } from './fixtures';

describe('previewAccountFile', () => {
  it('reads the columns, their mapping and first values from the start of a CSV, never a half row', () => {
    const text = readExample('salesforce-export.csv');
    const preview = previewAccountFile(text.slice(0, 600), 'salesforce-export.csv', false);
    expect(preview.format).toBe('csv');
    expect(preview.headers).toHaveLength(11);
    expect(preview.mapping['Account ID']).toBe('id');
    expect(preview.samples).toMatchObject({ 'Account ID': '0015g00000AbCdEAAV', Website: 'https://www.acme-robotics.de/' });
    const completeLines = text.slice(0, 600).split('\n').length - 1;
    expect(preview.report.rows).toBe(completeLines - 1);
    expect(preview.accounts.length).toBe(preview.report.valid);
    expect(preview.report.warnings).toEqual([]);
    expect(preview.unmatched).toEqual([]);
  });

  it('lists headers that match no field', () => {
    const preview = previewAccountFile('id,name,Favourite colour\n1,Acme,blue\n', 'a.csv', true);
    expect(preview.unmatched).toEqual(['Favourite colour']);
    expect(preview.samples['Favourite colour']).toBe('blue');
  });

  it('previews a JSON array cut in the middle from its complete items', () => {
    const json = JSON.stringify([
      { id: '1', name: 'Acme "Robotics" {x}', custom: { serves: 'smb' } },
      { id: '2', name: 'Globex', employees: 5 },
    ]);
    expect(JSON.parse(completeJsonItems(json.slice(0, json.indexOf('Globex'))))).toHaveLength(1);
    const preview = previewAccountFile(json.slice(0, json.length - 5), 'a.json', false);
    expect(preview.accounts.map((a) => a.id)).toEqual(['1']);
    expect(preview.samples).toEqual({ id: '1', name: 'Acme "Robotics" {x}', 'custom.serves': 'smb' });
  });
});

describe('wholeItemsOf', () => {
  it('cuts CSV after its last whole record, never inside a quoted cell with line breaks', () => {
    const head = 'id;name;notes\r\n1;Acme;"first line\r\nsecond"\r\n2;Globex;"cut off\r\nhere';
    expect(wholeItemsOf(head, 'csv')).toBe('id;name;notes\r\n1;Acme;"first line\r\nsecond"\r\n');
  });

  it('keeps the whole objects of a JSON array, as many as asked', () => {
    const head = '[{"id":"a","name":"A {x}"},\n{"id":"b","name":"B"},\n{"id":"c","na';
    expect(wholeItemsOf(head, 'json', Number.POSITIVE_INFINITY)).toBe('[{"id":"a","name":"A {x}"},\n{"id":"b","name":"B"}]');
    expect(wholeItemsOf(head, 'json', 1)).toBe('[{"id":"a","name":"A {x}"}]');
  });

  it('cuts JSON lines after the last line break', () => {
    expect(wholeItemsOf('{"id":"a"}\n{"id":"b"}\n{"id":', 'json')).toBe('{"id":"a"}\n{"id":"b"}\n');
  });
});
