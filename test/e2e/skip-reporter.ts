// Prints every skipped spec with its reason, so a skip is never mistaken for a pass.
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SkipReporter implements Reporter {
  private skipped: string[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const reason = test.annotations.find((a) => a.type === 'skip')?.description ?? 'no reason given';
    this.skipped.push(`  skipped [${test.parent.project()?.name ?? '?'}] ${test.title} — ${reason}`);
  }

  onEnd(_result: FullResult): void {
    if (this.skipped.length === 0) return;
    console.log(`\n${this.skipped.length} spec(s) NOT run (skipped, not passed):`);
    for (const line of this.skipped) console.log(line);
  }
}
