import { describe, expect, it } from 'vitest';
import { CellMemory } from '../../../lib/import/cell-memory';
import { FIELD_READERS } from '../../../lib/import/field-readers';
import { ReadProblem } from '../../../lib/import/value-readers';

/** A reader that counts its calls. */
function counted<T>(reader: (raw: unknown) => T) {
  const calls: unknown[] = [];
  const call = (raw: unknown) => {
    calls.push(raw);
    return reader(raw);
  };
  return { calls, reader: call };
}

describe('CellMemory', () => {
  it('reads a repeating column once per distinct cell, giving what the reader gives', () => {
    const { calls, reader } = counted(FIELD_READERS.industry);
    const memory = new CellMemory(reader);
    const cells = ['Software', ' Software', 'Banking', '', 'Software', 'Banking', '', ' Software'];
    expect(cells.map((cell) => memory.read(cell))).toEqual(cells.map((cell) => FIELD_READERS.industry(cell)));
    expect(calls).toEqual(['Software', ' Software', 'Banking', '']);
  });

  it('remembers problems and empty reads too', () => {
    const { calls, reader } = counted(FIELD_READERS.employees);
    const memory = new CellMemory(reader);
    const first = memory.read('lots');
    expect(first).toBeInstanceOf(ReadProblem);
    expect(memory.read('lots')).toBe(first);
    expect(memory.read('n/a')).toBeNull();
    expect(memory.read('n/a')).toBeNull();
    expect(calls).toEqual(['lots', 'n/a']);
  });

  it('stops remembering a column whose cells do not repeat, and forgets what it held', () => {
    const { calls, reader } = counted(FIELD_READERS.id);
    const memory = new CellMemory(reader);
    for (let i = 0; i < 3000; i++) expect(memory.read(`ACC-${i}`)).toBe(`ACC-${i}`);
    expect(calls).toHaveLength(3000);
    // ACC-0 was remembered during the trial; once the column is no longer remembered it is read again.
    expect(memory.read('ACC-0')).toBe('ACC-0');
    expect(calls).toHaveLength(3001);
  });

  it('keeps remembering a column that repeats, past the trial', () => {
    const { calls, reader } = counted(FIELD_READERS.country);
    const memory = new CellMemory(reader);
    for (let i = 0; i < 5000; i++) memory.read(['DE', 'US', 'FR'][i % 3]);
    expect(calls).toEqual(['DE', 'US', 'FR']);
  });

  it('hands values that are not text (JSON files) to the reader every time', () => {
    const { calls, reader } = counted(FIELD_READERS.employees);
    const memory = new CellMemory(reader);
    expect(memory.read(120)).toBe(120);
    expect(memory.read(120)).toBe(120);
    expect(calls).toEqual([120, 120]);
  });
});
