import { describe, expect, it } from 'vitest';
import { isWithin, periodOf } from '../../../lib/tal/period';

const at = (iso: string) => new Date(iso);

describe('periodOf', () => {
  it('names quarters and gives their UTC bounds', () => {
    const q4 = periodOf(at('2026-11-23T00:00:00Z'), 'quarter');
    expect(q4).toEqual({ key: '2026-Q4', start: at('2026-10-01T00:00:00Z'), end: at('2027-01-01T00:00:00Z') });
    expect(periodOf(at('2026-01-01T00:00:00Z'), 'quarter').key).toBe('2026-Q1');
    expect(periodOf(at('2026-03-31T23:59:59.999Z'), 'quarter').key).toBe('2026-Q1');
    expect(periodOf(at('2026-04-01T00:00:00Z'), 'quarter').key).toBe('2026-Q2');
    expect(periodOf(at('2026-09-30T23:59:59.999Z'), 'quarter').key).toBe('2026-Q3');
  });

  it('puts Dec 31 23:59:59.999Z and Jan 1 00:00Z in different quarters, months and years', () => {
    const last = at('2026-12-31T23:59:59.999Z');
    const first = at('2027-01-01T00:00:00.000Z');
    expect([periodOf(last, 'quarter').key, periodOf(first, 'quarter').key]).toEqual(['2026-Q4', '2027-Q1']);
    expect([periodOf(last, 'month').key, periodOf(first, 'month').key]).toEqual(['2026-12', '2027-01']);
    expect([periodOf(last, 'year').key, periodOf(first, 'year').key]).toEqual(['2026', '2027']);
  });

  it('reads the calendar in UTC, not in the offset the time was written with', () => {
    // 2027-01-01T01:00+02:00 is still 2026-12-31 in UTC.
    expect(periodOf(at('2027-01-01T01:00:00+02:00'), 'year').key).toBe('2026');
  });

  it('gives months their real length, February of a leap year included', () => {
    expect(periodOf(at('2028-02-29T12:00:00Z'), 'month')).toEqual({
      key: '2028-02',
      start: at('2028-02-01T00:00:00Z'),
      end: at('2028-03-01T00:00:00Z'),
    });
    expect(periodOf(at('2026-12-15T00:00:00Z'), 'month').end).toEqual(at('2027-01-01T00:00:00Z'));
  });

  it('has one unbounded period for none', () => {
    expect(periodOf(at('2026-11-23T00:00:00Z'), 'none')).toEqual({ key: 'all', start: null, end: null });
    expect(periodOf(at('1999-01-01T00:00:00Z'), 'none').key).toBe(periodOf(at('2099-12-31T00:00:00Z'), 'none').key);
  });
});

describe('isWithin', () => {
  it('includes the start and excludes the end', () => {
    const q4 = periodOf(at('2026-11-01T00:00:00Z'), 'quarter');
    expect(isWithin(q4, at('2026-10-01T00:00:00.000Z'))).toBe(true);
    expect(isWithin(q4, at('2026-09-30T23:59:59.999Z'))).toBe(false);
    expect(isWithin(q4, at('2026-12-31T23:59:59.999Z'))).toBe(true);
    expect(isWithin(q4, at('2027-01-01T00:00:00.000Z'))).toBe(false);
  });

  it('contains every instant when the period is none', () => {
    const all = periodOf(at('2026-11-01T00:00:00Z'), 'none');
    expect(isWithin(all, at('1970-01-01T00:00:00Z'))).toBe(true);
    expect(isWithin(all, at('2999-01-01T00:00:00Z'))).toBe(true);
  });
});
