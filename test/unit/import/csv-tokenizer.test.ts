import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { type CsvDialect, detectDialect, MAX_RECORD_CHARS } from '../../../lib/import/csv-dialect';
import { createCsvTokenizer } from '../../../lib/import/csv-tokenizer';

const LF: CsvDialect = { delimiter: ',', newline: '\n' };
const CRLF: CsvDialect = { delimiter: ',', newline: '\r\n' };

function tokenize(text: string, dialect = LF) {
  const tokenizer = createCsvTokenizer(dialect);
  const records: string[][] = [];
  const malformed: number[] = [];
  const take = (record: string[], bad: boolean) => {
    if (bad) malformed.push(records.length);
    records.push(record);
  };
  tokenizer.pushEach(text, take);
  const { unterminatedQuote } = tokenizer.endEach(take);
  return { records, malformed, unterminatedQuote };
}

const TRICKY = 'id,name,note\r\n1,"Acme, Inc.","said ""hi""\r\non two lines"\r\n2,Globex,plain\r\n3,"",\r\n4,a"b,"x" \r\n';
const TRICKY_RECORDS = [
  ['id', 'name', 'note'],
  ['1', 'Acme, Inc.', 'said "hi"\r\non two lines'],
  ['2', 'Globex', 'plain'],
  ['3', '', ''],
  ['4', 'a"b', 'x'],
];

describe('createCsvTokenizer (papaparse)', () => {
  it('reads RFC 4180 quoting: delimiters, doubled quotes and line breaks inside quoted cells, a quote inside an unquoted cell, blanks after a closing quote', () => {
    expect(tokenize(TRICKY, CRLF)).toEqual({ records: TRICKY_RECORDS, malformed: [], unterminatedQuote: false });
  });

  it('gives what papaparse gives for the whole text, without the empty record papaparse reads after the final line break', () => {
    const whole = Papa.parse<string[]>(TRICKY, { delimiter: ',', newline: '\r\n' }).data;
    expect(whole.at(-1)).toEqual(['']);
    expect(tokenize(TRICKY, CRLF).records).toEqual(whole.slice(0, -1));
  });

  it('gives the same records wherever the chunks are cut', () => {
    for (let cut = 0; cut <= TRICKY.length; cut++) {
      const tokenizer = createCsvTokenizer(CRLF);
      const records = [...tokenizer.push(TRICKY.slice(0, cut)), ...tokenizer.push(TRICKY.slice(cut)), ...tokenizer.end().records];
      expect(records, `cut at ${cut}`).toEqual(TRICKY_RECORDS);
    }
  });

  it('reads one character at a time', () => {
    const tokenizer = createCsvTokenizer(CRLF);
    const records: string[][] = [];
    for (const char of TRICKY) records.push(...tokenizer.push(char));
    records.push(...tokenizer.end().records);
    expect(records).toEqual(TRICKY_RECORDS);
  });

  it('keeps a last record without a line break, and blank lines as one empty cell', () => {
    expect(tokenize('a,b\n\n1,2').records).toEqual([['a', 'b'], [''], ['1', '2']]);
  });

  it('reads semicolon-delimited and CR-only text', () => {
    expect(tokenize('a;b\n"x;y";2\n', { delimiter: ';', newline: '\n' }).records).toEqual([
      ['a', 'b'],
      ['x;y', '2'],
    ]);
    expect(tokenize('a,b\r1,"x\ry"\r', { delimiter: ',', newline: '\r' }).records).toEqual([
      ['a', 'b'],
      ['1', 'x\ry'],
    ]);
  });

  it('flags a record whose closing quote is followed by text: the cell runs on to the next closing quote', () => {
    const result = tokenize('a,b\n1,"x"y,2\n3,"z"\n4,5\n');
    expect(result.malformed).toEqual([1]);
    expect(result.records).toEqual([
      ['a', 'b'],
      ['1', 'x"y,2\n3,"z'],
      ['4', '5'],
    ]);
  });

  it('reads a line break other than the file’s as a character', () => {
    expect(tokenize('a,b\r\n1,2\n3,4\r\n', CRLF).records).toEqual([
      ['a', 'b'],
      ['1', '2\n3', '4'],
    ]);
  });

  it('reports a quoted cell that is never closed', () => {
    const result = tokenize('a,b\n1,"open\n2,3\n');
    expect(result.unterminatedQuote).toBe(true);
    expect(result.records).toEqual([['a', 'b']]);
  });

  it('takes a record over MAX_RECORD_CHARS for a quote never closed, and stops reading', () => {
    const tokenizer = createCsvTokenizer(LF);
    expect(tokenizer.push('a,b\n1,"open')).toEqual([['a', 'b']]);
    const line = `${'x'.repeat(1023)}\n`;
    let more = 0;
    for (let i = 0; i <= MAX_RECORD_CHARS / line.length; i++) more += tokenizer.push(line).length;
    expect(more).toBe(0);
    expect(tokenizer.push('"\n2,3\n')).toEqual([]);
    expect(tokenizer.end()).toEqual({ records: [], unterminatedQuote: true });
  });
});

describe('detectDialect', () => {
  it('picks the delimiter used most in the header line, outside quotes', () => {
    expect(detectDialect('a,b,c\n1;2;3;4;5').delimiter).toBe(',');
    expect(detectDialect('Record ID;Company name;"Domain, main"\n').delimiter).toBe(';');
    expect(detectDialect('a\tb\tc\n').delimiter).toBe('\t');
    expect(detectDialect('name\n').delimiter).toBe(',');
  });

  it('takes the first line break outside quotes as the file’s', () => {
    expect(detectDialect('a,b\r\n1,2\n').newline).toBe('\r\n');
    expect(detectDialect('a,"b\r\nc"\n1,2').newline).toBe('\n');
    expect(detectDialect('a,b\r1,2').newline).toBe('\r');
    expect(detectDialect('a,b').newline).toBe('\n');
  });
});
