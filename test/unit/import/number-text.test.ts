import { describe, expect, it } from 'vitest';
import { parseNumberText } from '../../../lib/import/number-text';

describe('parseNumberText', () => {
  it.each([
    ['5000000', 5_000_000],
    ['$5,000,000', 5_000_000],
    ['1 200', 1200],
    ['1\u00a0200', 1200],
    ['1,250', 1250],
    ['12,5', 12.5],
    ['1.5', 1.5],
    ['€1.250.000,50', 1_250_000.5],
    ['1,250,000.75', 1_250_000.75],
    ['USD 300000', 300_000],
    ['300000 EUR', 300_000],
    ['85%', 85],
    ['-5', -5],
    ['(5)', -5],
    ['1.2B', 1_200_000_000],
    ['10k', 10_000],
    ['3 M', 3_000_000],
    ['1e3', 1000],
  ])('reads %s', (text, value) => {
    expect(parseNumberText(text)).toBe(value);
  });

  it.each(['lots', '', '1,2,3', '12-14', '1.2.3', 'n/a', '$', '1,25,000'])('refuses %s', (text) => {
    expect(parseNumberText(text)).toBeNull();
  });
});
