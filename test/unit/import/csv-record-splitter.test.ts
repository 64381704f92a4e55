import { describe, expect, it } from 'vitest';
import { createRecordSplitter } from '../../../lib/import/csv-record-splitter';
import { createCsvTokenizer } from '../../../lib/import/csv-tokenizer';
import { readExample } from './fixtures';

function tokenizeWhole(text: string, delimiter = ',') {
  const tokenizer = createCsvTokenizer(delimiter);
  return [...tokenizer.push(text), ...tokenizer.end().records];
}

/** Splits text fed in the given pieces into runs, tokenizes each run on its own, and checks the counts. */
function viaRuns(pieces: string[], delimiter = ',') {
  const splitter = createRecordSplitter(delimiter);
  const records: string[][] = [];
  const take = (run: { text: string; records: number }) => {
    const tokens = tokenizeWhole(run.text, delimiter);
    expect(tokens.length, JSON.stringify(run.text)).toBe(run.records);
    records.push(...tokens);
  };
  for (const piece of pieces) take(splitter.push(piece));
  const last = splitter.end();
  take(last);
  return { records, unterminatedQuote: last.unterminatedQuote };
}

const TRICKY = 'id,name,note\r\n1,"Acme, Inc.","said ""hi""\non two lines"\r\n2,Globex,plain\r3,"",\n\n4,a"b,"x"y\n5,"a\r\nb",c';

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
      const pieces = text.match(/[\s\S]{1,97}/g) ?? [];
      expect(viaRuns(pieces).records).toEqual(tokenizeWhole(text));
    },
  );

  it('splits semicolon files and reports a quote never closed', () => {
    expect(viaRuns(['a;"b;c"\n1;2\n'], ';').records).toEqual([
      ['a', 'b;c'],
      ['1', '2'],
    ]);
    expect(viaRuns(['a,b\n1,"open\n2,3\n']).unterminatedQuote).toBe(true);
  });
});
