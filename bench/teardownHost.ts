// test/helpers/cluster.ts's startCluster registers its teardown with a tap-like host; a bench is
// not a tap test, so it collects the teardowns and runs them itself, last registered first.
export function teardownHost(): { teardown(fn: () => unknown): void; run(): Promise<void> } {
  const fns: Array<() => unknown> = [];
  return {
    teardown: (fn) => void fns.push(fn),
    run: async () => {
      for (const fn of fns.reverse()) await fn();
    },
  };
}
