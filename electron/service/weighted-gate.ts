// Admits work by weight, first come first served, so that a few large jobs at once cannot take
// the process's memory: a job waits until its weight fits beside those running. One heavier
// than the whole capacity still runs, alone, rather than never.
export class WeightedGate {
  private used = 0;
  private readonly waiting: { weight: number; start: () => void }[] = [];

  constructor(readonly capacity: number) {}

  /** Jobs admitted and not yet finished, and jobs queued behind them (for tests and logs). */
  get load(): { used: number; queued: number } {
    return { used: this.used, queued: this.waiting.length };
  }

  async run<T>(weight: number, job: () => Promise<T>): Promise<T> {
    const w = Math.max(0, weight);
    await this.admit(w);
    try {
      return await job();
    } finally {
      this.used -= w;
      this.wake();
    }
  }

  private admit(weight: number): Promise<void> {
    // FIFO: a newcomer does not overtake a queued large job, or large jobs could starve.
    if (this.waiting.length === 0 && this.fits(weight)) {
      this.used += weight;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push({ weight, start: resolve }));
  }

  private fits(weight: number): boolean {
    return this.used === 0 || this.used + weight <= this.capacity;
  }

  private wake(): void {
    while (this.waiting.length > 0 && this.fits(this.waiting[0]!.weight)) {
      const next = this.waiting.shift()!;
      this.used += next.weight;
      next.start();
    }
  }
}
