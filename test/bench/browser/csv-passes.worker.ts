import type { CsvDialect } from '../../../lib/import/csv-dialect';
import { createRecordSplitter } from '../../../lib/import/csv-record-splitter';
import { createCsvTokenizer } from '../../../lib/import/csv-tokenizer';

/**
 * The two passes the import makes over a CSV file, timed apart in this worker (as the import and
 * parse workers run them), in turn: cutting it into runs of whole records (the hand-written splitter,
 * held to papaparse's rules by a test) and tokenizing it into cells (papaparse). Records are only
 * counted.
 */
const CHUNK = 1024 * 1024;
const DIALECT: CsvDialect = { delimiter: ',', newline: '\n' };

async function split(file: File): Promise<number> {
  const splitter = createRecordSplitter(DIALECT);
  let records = 0;
  for (let start = 0; start < file.size; start += CHUNK) records += splitter.push(await file.slice(start, start + CHUNK).text()).records;
  return records + splitter.end().records;
}

async function tokenize(file: File): Promise<number> {
  const tokenizer = createCsvTokenizer(DIALECT);
  let records = 0;
  for (let start = 0; start < file.size; start += CHUNK) records += tokenizer.push(await file.slice(start, start + CHUNK).text()).length;
  return records + tokenizer.end().records.length;
}

self.onmessage = async (event: MessageEvent<{ file: File; rounds: number }>) => {
  const { file, rounds } = event.data;
  const runs = { split: [] as number[], tokenize: [] as number[] };
  let counts = { split: 0, tokenize: 0 };
  for (let round = 0; round < rounds; round++) {
    for (const name of round % 2 === 0 ? (['split', 'tokenize'] as const) : (['tokenize', 'split'] as const)) {
      const started = performance.now();
      const records = name === 'split' ? await split(file) : await tokenize(file);
      runs[name].push(performance.now() - started);
      counts = { ...counts, [name]: records };
    }
  }
  postMessage({ runs, counts });
};
