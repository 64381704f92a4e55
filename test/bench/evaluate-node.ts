/**
 * How fast the rule engine evaluates accounts in Node: `npx tsx test/bench/evaluate-node.ts [count]`.
 * Generates 100,000 accounts (seed 42), evaluates them with the example playbook and prints accounts per
 * second and the 95th-percentile time of one evaluation; the last line is JSON for scripts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AnswersFile } from '../../lib/rules/answers';
import { compilePlaybook } from '../../lib/rules/compile-playbook';
import { buildHealthReport } from '../../lib/rules/health';
import type { Account } from '../../lib/schema/account';
import { parsePlaybook } from '../../lib/schema/load-playbook';
import { generateAccounts } from './generate-accounts';
import { createRandom } from './seeded-random';

const COUNT = Number(process.argv[2] ?? 100_000);
const NOW = Date.parse('2026-11-23T00:00:00Z');
const MANUAL = ['strategy', 'goals', 'need', 'no-shift', 'sales-ready', 'pains', 'customers', 'competitors', 'values'];

function examplePlaybook() {
  const file = path.resolve(import.meta.dirname, '../fixtures/examples/playbook.json');
  const parsed = parsePlaybook(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.ok) throw new Error(`example playbook is invalid:\n${parsed.errors.join('\n')}`);
  return compilePlaybook(parsed.playbook);
}

/** Reps answer some manual criteria for about one account in five, as they would after research. */
function someAnswers(accounts: Account[]): AnswersFile {
  const random = createRandom(7);
  const answers: AnswersFile = {};
  for (const account of accounts) {
    if (!random.chance(0.2)) continue;
    answers[account.id] = Object.fromEntries(MANUAL.filter(() => random.chance(0.6)).map((id) => [id, random.chance(0.7)]));
  }
  return answers;
}

const started = performance.now();
const accounts = generateAccounts(COUNT, 42);
const generateMs = performance.now() - started;
const answers = someAnswers(accounts);
const compiled = examplePlaybook();

// Warm up so the JIT has compiled the evaluators before anything is timed.
let fits = 0;
for (let i = 0; i < Math.min(COUNT, 20_000); i++)
  fits += compiled.evaluate(accounts[i]!, answers[accounts[i]!.id], NOW).icp.verdict === 'fit' ? 1 : 0;

const throughputStart = performance.now();
const cpuStart = process.cpuUsage();
for (const account of accounts) fits += compiled.evaluate(account, answers[account.id], NOW).icp.verdict === 'fit' ? 1 : 0;
const throughputMs = performance.now() - throughputStart;
// CPU time too (all threads, so the garbage collector's share counts): a steadier figure on a busy machine.
const cpu = process.cpuUsage(cpuStart);
const cpuMs = (cpu.user + cpu.system) / 1000;

// One timing per evaluation, in a separate pass so the clock reads do not slow the throughput figure.
const times = new Float64Array(COUNT);
accounts.forEach((account, i) => {
  const t = performance.now();
  fits += compiled.evaluate(account, answers[account.id], NOW).priority.score > 1000 ? 1 : 0;
  times[i] = performance.now() - t;
});
times.sort();
const p95 = times[Math.floor(COUNT * 0.95)] ?? 0;

const healthStart = performance.now();
const report = buildHealthReport(compiled, accounts, NOW);
const healthMs = performance.now() - healthStart;

const perSec = Math.round(COUNT / (throughputMs / 1000));
const perCpuSec = Math.round(COUNT / (cpuMs / 1000));
console.info(`generated ${COUNT.toLocaleString('en')} accounts in ${generateMs.toFixed(0)} ms`);
console.info(
  `evaluate: ${perSec.toLocaleString('en')} accounts/s (${throughputMs.toFixed(0)} ms), p95 ${(p95 * 1000).toFixed(1)} µs per account`,
);
console.info(`health: ${healthMs.toFixed(0)} ms for ${report.accounts.toLocaleString('en')} accounts (${report.unassigned} unassigned)`);
console.info(`(${fits} fit verdicts counted, so no work is optimised away)`);
console.info(
  JSON.stringify({
    evaluateAccountsPerSec: perSec,
    evaluateP95Ms: Number(p95.toFixed(4)),
    evaluateAccountsPerCpuSec: perCpuSec,
    accounts: COUNT,
    generateMs: Math.round(generateMs),
    healthMs: Math.round(healthMs),
  }),
);
