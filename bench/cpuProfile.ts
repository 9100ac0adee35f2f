// Summarises a V8 .cpuprofile (node --cpu-prof) as the frames and scripts with the most self
// time, so the bench report can say what bounds the broker without opening DevTools.
// Also a command: node dist/bench/cpuProfile.js <file.cpuprofile> [top]
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const cpuProfile = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() }),
      hitCount: z.number().optional(),
    }),
  ),
  startTime: z.number(),
  endTime: z.number(),
});

export interface ProfileEntry {
  name: string;
  selfMs: number;
  /** Share of the samples in which the process was not idle. */
  busyPercent: number;
}

export interface ProfileSummary {
  durationMs: number;
  busyMs: number;
  topFrames: ProfileEntry[];
  topScripts: ProfileEntry[];
}

function shortUrl(url: string): string {
  if (url === '') return '(native)';
  const file = url.startsWith('file://') ? fileURLToPath(url) : url;
  const dist = file.lastIndexOf(`${path.sep}dist${path.sep}`);
  return dist >= 0 ? file.slice(dist + 6) : file;
}

function top(totals: Map<string, number>, msPerHit: number, busyHits: number, n: number): ProfileEntry[] {
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, hits]) => ({ name, selfMs: hits * msPerHit, busyPercent: (100 * hits) / busyHits }));
}

export function summarizeCpuProfile(file: string, n = 15): ProfileSummary {
  const profile = cpuProfile.parse(JSON.parse(readFileSync(file, 'utf8')));
  const frames = new Map<string, number>();
  const scripts = new Map<string, number>();
  let hits = 0;
  let idleHits = 0;
  for (const node of profile.nodes) {
    const count = node.hitCount ?? 0;
    if (count === 0) continue;
    hits += count;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') {
      idleHits += count;
      continue;
    }
    const script = shortUrl(url);
    const frame = `${functionName || '(anonymous)'} ${script}${url === '' ? '' : `:${lineNumber + 1}`}`;
    frames.set(frame, (frames.get(frame) ?? 0) + count);
    scripts.set(script, (scripts.get(script) ?? 0) + count);
  }
  const durationMs = (profile.endTime - profile.startTime) / 1000;
  const msPerHit = hits > 0 ? durationMs / hits : 0;
  const busyHits = Math.max(1, hits - idleHits);
  return {
    durationMs,
    busyMs: busyHits * msPerHit,
    topFrames: top(frames, msPerHit, busyHits, n),
    topScripts: top(scripts, msPerHit, busyHits, n),
  };
}

export function formatProfileSummary(s: ProfileSummary): string {
  const rows = (entries: ProfileEntry[]): string =>
    entries.map((e) => `  ${e.busyPercent.toFixed(1).padStart(5)}%  ${e.selfMs.toFixed(0).padStart(7)} ms  ${e.name}`).join('\n');
  return [
    `profile: ${(s.durationMs / 1000).toFixed(1)} s, busy ${(s.busyMs / 1000).toFixed(1)} s; self time, % of busy`,
    'top frames:',
    rows(s.topFrames),
    'top scripts:',
    rows(s.topScripts),
  ].join('\n');
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === realpathSync(process.argv[1])) {
  const [file, n] = process.argv.slice(2);
  if (file === undefined) {
    process.stderr.write('usage: node dist/bench/cpuProfile.js <file.cpuprofile> [top]\n');
    process.exitCode = 1;
  } else {
    process.stdout.write(`${formatProfileSummary(summarizeCpuProfile(file, n === undefined ? 15 : Number(n)))}\n`);
  }
}
