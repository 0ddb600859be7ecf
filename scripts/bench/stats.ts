/** Small timing helpers for the benchmark; figures are milliseconds. */
export interface Timing {
  p50: number;
  p95: number;
  max: number;
  runs: number;
}

export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN, runs: sorted.length };
}

export async function timeEach<T>(
  inputs: readonly T[],
  run: (input: T) => unknown,
): Promise<number[]> {
  const samples: number[] = [];
  for (const input of inputs) {
    const start = performance.now();
    await run(input);
    samples.push(performance.now() - start);
  }
  return samples;
}

export interface Row {
  operation: string;
  stance: Timing;
  bare: Timing;
  /** Which figure the target applies to. */
  measure: 'p95' | 'max';
  targetMs: number;
}

export function printTable(title: string, rows: readonly Row[]): boolean {
  const fmt = (ms: number) => `${ms.toFixed(2)} ms`.padStart(11);
  console.log(`\n${title}`);
  console.log(
    `${'operation'.padEnd(42)}${'p50'.padStart(11)}${'p95'.padStart(11)}${'bare p95'.padStart(11)}${'ratio'.padStart(8)}   target`,
  );
  let allMet = true;
  for (const row of rows) {
    const figure = row.stance[row.measure];
    const met = figure < row.targetMs;
    allMet &&= met;
    const ratio = row.bare[row.measure] > 0 ? figure / row.bare[row.measure] : NaN;
    console.log(
      `${row.operation.padEnd(42)}${fmt(row.stance.p50)}${fmt(row.stance.p95)}${fmt(row.bare.p95)}${`${ratio.toFixed(1)}x`.padStart(8)}   ${row.measure} < ${row.targetMs} ms ${met ? 'met' : 'MISSED'}`,
    );
  }
  return allMet;
}
