import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { type CsvDialect, detectDialect } from '../../../lib/import/csv-dialect';
import { createRecordSplitter } from '../../../lib/import/csv-record-splitter';
import { createRandom } from '../../bench/seeded-random';
import { readExample } from './fixtures';

const LF: CsvDialect = { delimiter: ',', newline: '\n' };

/**
 * Papaparse's records for a whole text, read apart from the splitter (the tokenizer uses it): without
 * the empty record papaparse reads after a final line break, as the import reads none.
 */
function tokenizeWhole(text: string, dialect = LF) {
  const { data } = new Papa.Parser({ delimiter: dialect.delimiter, newline: dialect.newline }).parse(text, 0, false) as {
    data: string[][];
  };
  return text.endsWith(dialect.newline) ? data.slice(0, -1) : data;
}

/** Splits text fed in the given pieces into runs, tokenizes each run on its own, and checks the counts. */
function viaRuns(pieces: string[], dialect = LF) {
  const splitter = createRecordSplitter(dialect);
  const records: string[][] = [];
  const take = (run: { text: string; records: number }) => {
    const tokens = tokenizeWhole(run.text, dialect);
    expect(tokens.length, JSON.stringify(run.text)).toBe(run.records);
    records.push(...tokens);
  };
  for (const piece of pieces) take(splitter.push(piece));
  const last = splitter.end();
  if (!last.unterminatedQuote) take(last);
  return { records, unterminatedQuote: last.unterminatedQuote };
}

const TRICKY =
  'id,name,note\n1,"Acme, Inc.","said ""hi""\non two lines"\n2,Globex,plain\r3,"",\n\n4,a"b,"x"y\n5,"a\r\nb",c\n6,"d" ,"e"  \n7,"f"g"h",i';

describe('createRecordSplitter', () => {
  it('cuts runs that tokenize on their own into exactly the records of the whole text, wherever the chunks are cut', () => {
    const whole = tokenizeWhole(TRICKY);
    for (let cut = 0; cut <= TRICKY.length; cut++) {
      for (let second = cut; second <= TRICKY.length; second += 7) {
        const result = viaRuns([TRICKY.slice(0, cut), TRICKY.slice(cut, second), TRICKY.slice(second)]);
        expect(result.records, `cuts at ${cut} and ${second}`).toEqual(whole);
      }
    }
  });

  it('reads one character at a time', () => {
    expect(viaRuns([...TRICKY]).records).toEqual(tokenizeWhole(TRICKY));
  });

  it.each(['salesforce-export.csv', 'real/salesforce-dataloader-edge-cases.csv', 'real/fortune1000-2021-top100.csv'])(
    'splits %s',
    (name) => {
      const text = readExample(name);
      const dialect = detectDialect(text);
      const pieces = text.match(/[\s\S]{1,97}/g) ?? [];
      expect(viaRuns(pieces, dialect).records).toEqual(tokenizeWhole(text, dialect));
    },
  );

  it('splits semicolon files and reports a quote never closed', () => {
    expect(viaRuns(['a;"b;c"\n1;2\n'], { delimiter: ';', newline: '\n' }).records).toEqual([
      ['a', 'b;c'],
      ['1', '2'],
    ]);
    expect(viaRuns(['a,b\n1,"open\n2,3\n']).unterminatedQuote).toBe(true);
  });

  it('ends records where papaparse does, on generated text full of quotes, blanks and stray line breaks', () => {
    const random = createRandom(7);
    const alphabet = ['a', 'b', ',', ',', '"', '"', '"', ' ', '\n', '\n', '\r'];
    for (const newline of ['\n', '\r\n', '\r'] as const) {
      const dialect: CsvDialect = { delimiter: ',', newline };
      for (let round = 0; round < 1500; round++) {
        let text = '';
        const length = 1 + Math.floor(random.next() * 40);
        for (let i = 0; i < length; i++) text += alphabet[Math.floor(random.next() * alphabet.length)];
        const { errors } = new Papa.Parser({ delimiter: ',', newline }).parse(text, 0, false) as { errors: Papa.ParseError[] };
        if (errors.some((error) => error.code === 'MissingQuotes')) continue;
        const cut = Math.floor(random.next() * (text.length + 1));
        expect(viaRuns([text.slice(0, cut), text.slice(cut)], dialect).records, JSON.stringify({ text, cut })).toEqual(
          tokenizeWhole(text, dialect),
        );
      }
    }
  });
});
