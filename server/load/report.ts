import type { ClientResults } from './client-thread';
import { summarize } from './stats';
import type { Verification } from './verify';

/** The run's figures in words, one line each, and as a summary for the JSON line; ok when every check held. */
export function loadReport(run: ClientResults, checked: Verification, setup: { rate: number | 'max'; reps: number; managers: number }) {
  const elapsed = run.elapsedMs / 1000;
  const proposals = summarize(run.proposalLatencies);
  const reads = summarize(run.readLatencies);
  const ok =
    checked.lost === 0 &&
    checked.duplicated === 0 &&
    checked.quotaExceeded.length === 0 &&
    checked.doubleOpen === 0 &&
    run.failures.length === 0 &&
    run.replays.mismatched === 0;
  const summary = {
    ok,
    seconds: Math.round(elapsed * 10) / 10,
    offeredRate: setup.rate,
    reps: setup.reps,
    managers: setup.managers,
    proposalsPerSecond: Math.round(run.made / elapsed),
    proposalRequestsPerSecond: Math.round(proposals.count / elapsed),
    readsPerSecond: Math.round(reads.count / elapsed),
    proposalLatencyMs: proposals,
    readLatencyMs: reads,
    created: run.created.size,
    madeWhileMeasuring: run.made,
    refused: Object.fromEntries(run.refused),
    replays: run.replays,
    failures: run.failures.length,
    verified: checked,
  };
  const lines = [
    `proposals: ${summary.proposalsPerSecond}/s made (${summary.proposalRequestsPerSecond}/s requests with replays and refusals), p50 ${proposals.p50} ms, p99 ${proposals.p99} ms`,
    `reads:     ${summary.readsPerSecond}/s, p50 ${reads.p50} ms, p99 ${reads.p99} ms`,
    `verified:  ${checked.stored} stored, ${checked.lost} lost, ${checked.duplicated} duplicated, quota exceeded in [${checked.quotaExceeded.join(', ')}], ${run.replays.checked} replays (${run.replays.mismatched} wrong), ${run.failures.length} failures`,
    ...run.failures.slice(0, 5).map((f) => `failure:   ${f}`),
  ];
  return { ok, lines, summary };
}
