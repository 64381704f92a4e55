import type { Period } from '../schema/playbook';

/** One calendar period in UTC: `start` inclusive, `end` exclusive; both null for the period `none`. */
export interface PeriodWindow {
  key: string;
  start: Date | null;
  end: Date | null;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The calendar period (UTC) that contains `date`: `2026-Q4`, `2026-11`, `2026`, or `all` for `none`. */
export function periodOf(date: Date, period: Period): PeriodWindow {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  switch (period) {
    case 'quarter': {
      const first = month - (month % 3);
      return { key: `${year}-Q${first / 3 + 1}`, start: utc(year, first), end: utc(year, first + 3) };
    }
    case 'month':
      return { key: `${year}-${pad2(month + 1)}`, start: utc(year, month), end: utc(year, month + 1) };
    case 'year':
      return { key: String(year), start: utc(year, 0), end: utc(year + 1, 0) };
    case 'none':
      return { key: 'all', start: null, end: null };
  }
}

/** Whether an instant falls inside a period window. */
export function isWithin(window: PeriodWindow, instant: Date): boolean {
  const time = instant.getTime();
  return (window.start === null || time >= window.start.getTime()) && (window.end === null || time < window.end.getTime());
}

// Date.UTC rolls month 12 over into January of the next year, so quarter and month ends need no special case.
function utc(year: number, month: number): Date {
  return new Date(Date.UTC(year, month, 1));
}
