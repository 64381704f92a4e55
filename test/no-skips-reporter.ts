import type { Reporter, TestModule, Vitest } from 'vitest/node';

/**
 * Fails the run when any test was skipped or left to do: `npm test` tests everything on every
 * machine, or says why not. Not enforced when the run itself picks tests by name (`-t`).
 */
export default class NoSkipsReporter implements Reporter {
  private filtered = false;

  onInit(vitest: Vitest): void {
    this.filtered = vitest.config.testNamePattern !== undefined;
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    if (this.filtered) return;
    const skipped = modules.flatMap((module) =>
      [...module.children.allTests()]
        .filter((test) => test.result().state === 'skipped')
        .map((test) => `  ${module.relativeModuleId} › ${test.fullName}`),
    );
    if (skipped.length === 0) return;
    process.exitCode = 1;
    console.error(`\n${skipped.length} test(s) skipped; npm test skips nothing:\n${skipped.join('\n')}\n`);
  }
}
