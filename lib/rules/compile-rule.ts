import type { Account } from '../schema/account';
import type { LeafRule, Rule } from '../schema/rule';
import type { RuleEvidence, RuleStatus } from './evidence';
import { toParam } from './evidence';
import { fieldReader } from './field-reader';
import { OPERATORS } from './operators';
import { isMissing } from './values';

/** A rule compiled once: `test` for the status alone (segments), `explain` for the status with its evidence. */
export interface CompiledRule {
  test(account: Account, now: number): RuleStatus;
  explain(account: Account, now: number): RuleEvidence;
}

/** Compiles a rule of spec §3 into closures, so evaluating an account never walks the rule's JSON again. */
export function compileRule(rule: Rule): CompiledRule {
  if ('all' in rule) return combine('all', rule.all.map(compileRule));
  if ('any' in rule) return combine('any', rule.any.map(compileRule));
  if ('not' in rule) return negate(compileRule(rule.not));
  return compileLeaf(rule);
}

function compileLeaf({ field, op, value }: LeafRule): CompiledRule {
  const read = fieldReader(field);
  const compiled = OPERATORS[op].compile(value);
  const { test, whenMissing } = compiled;
  const key = `evidence.${op}` as const;
  return {
    test(account, now) {
      const actual = read(account);
      if (isMissing(actual)) return whenMissing;
      const outcome = test(actual, now);
      return outcome === 'pass' || outcome === 'fail' ? outcome : 'unknown';
    },
    explain(account, now): RuleEvidence {
      const actual = read(account);
      if (isMissing(actual)) {
        if (whenMissing === 'unknown') return { key: 'evidence.missing', status: 'unknown', params: { field, op } };
        return { key, status: whenMissing, params: { field, actual: null, ...compiled.params(actual, now) } };
      }
      const outcome = test(actual, now);
      const shown = toParam(actual);
      if (outcome === 'pass' || outcome === 'fail')
        return { key, status: outcome, params: { field, actual: shown, ...compiled.params(actual, now) } };
      return { key: 'evidence.wrongType', status: 'unknown', params: { field, actual: shown, op, expected: outcome } };
    },
  };
}

/** Three-valued `all` / `any`: a deciding child wins, else unknown if any child is unknown. */
function combine(kind: 'all' | 'any', children: CompiledRule[]): CompiledRule {
  const decisive: RuleStatus = kind === 'all' ? 'fail' : 'pass';
  const otherwise: RuleStatus = kind === 'all' ? 'pass' : 'fail';
  const fold = (statuses: Iterable<RuleStatus>): RuleStatus => {
    let unknown = false;
    for (const status of statuses) {
      if (status === decisive) return decisive;
      if (status === 'unknown') unknown = true;
    }
    return unknown ? 'unknown' : otherwise;
  };
  return {
    test(account, now) {
      let unknown = false;
      for (const child of children) {
        const status = child.test(account, now);
        if (status === decisive) return decisive;
        if (status === 'unknown') unknown = true;
      }
      return unknown ? 'unknown' : otherwise;
    },
    explain(account, now) {
      const evidence = children.map((child) => child.explain(account, now));
      return { key: `evidence.${kind}`, status: fold(evidence.map((e) => e.status)), params: {}, children: evidence };
    },
  };
}

const SWAP: Record<RuleStatus, RuleStatus> = { pass: 'fail', fail: 'pass', unknown: 'unknown' };

function negate(inner: CompiledRule): CompiledRule {
  return {
    test: (account, now) => SWAP[inner.test(account, now)],
    explain(account, now) {
      const evidence = inner.explain(account, now);
      return { key: 'evidence.not', status: SWAP[evidence.status], params: {}, children: [evidence] };
    },
  };
}
