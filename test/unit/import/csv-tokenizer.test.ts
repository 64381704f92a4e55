import { describe, expect, it } from 'vitest';
import { createCsvTokenizer, detectDelimiter } from '../../../lib/import/csv-tokenizer';

function tokenize(text: string, delimiter = ',') {
  const tokenizer = createCsvTokenizer(delimiter);
  const records = tokenizer.push(text);
  const last = tokenizer.end();
  return { records: [...records, ...last.records], unterminatedQuote: last.unterminatedQuote };
}

const TRICKY = 'id,name,note\r\n1,"Acme, Inc.","said ""hi""\non two lines"\r\n2,Globex,plain\r3,"",\n4,a"b,"x"y\n';
const TRICKY_RECORDS = [
  ['id', 'name', 'note'],
  ['1', 'Acme, Inc.', 'said "hi"\non two lines'],
  ['2', 'Globex', 'plain'],
  ['3', '', ''],
  ['4', 'a"b', 'xy'],
];

describe('createCsvTokenizer', () => {
  it('reads RFC 4180 quoting: delimiters, doubled quotes and line breaks inside quoted cells, CRLF, LF and CR', () => {
    expect(tokenize(TRICKY)).toEqual({ records: TRICKY_RECORDS, unterminatedQuote: false });
  });

  it('gives the same records wherever the chunks are cut', () => {
    for (let cut = 0; cut <= TRICKY.length; cut++) {
      const tokenizer = createCsvTokenizer(',');
      const records = [...tokenizer.push(TRICKY.slice(0, cut)), ...tokenizer.push(TRICKY.slice(cut)), ...tokenizer.end().records];
      expect(records, `cut at ${cut}`).toEqual(TRICKY_RECORDS);
    }
  });

  it('reads one character at a time', () => {
    const tokenizer = createCsvTokenizer(',');
    const records: string[][] = [];
    for (const char of TRICKY) records.push(...tokenizer.push(char));
    records.push(...tokenizer.end().records);
    expect(records).toEqual(TRICKY_RECORDS);
  });

  it('keeps a last record without a line break, and blank lines as one empty cell', () => {
    expect(tokenize('a,b\n\n1,2').records).toEqual([['a', 'b'], [''], ['1', '2']]);
  });

  it('reads semicolon-delimited text', () => {
    expect(tokenize('a;b\n"x;y";2\n', ';').records).toEqual([
      ['a', 'b'],
      ['x;y', '2'],
    ]);
  });

  it('reports a quoted cell that is never closed', () => {
    const result = tokenize('a,b\n1,"open\n2,3\n');
    expect(result.unterminatedQuote).toBe(true);
    expect(result.records[0]).toEqual(['a', 'b']);
  });
});

describe('detectDelimiter', () => {
  it('picks the delimiter used most in the header line, outside quotes', () => {
    expect(detectDelimiter('a,b,c\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('Record ID;Company name;"Domain, main"\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc\n')).toBe('\t');
    expect(detectDelimiter('name\n')).toBe(',');
  });
});
