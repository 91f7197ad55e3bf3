/**
 * CPU profiles of a server under load: V8's sampling profiler (the one `node --cpu-prof` uses),
 * started and stopped inside the server's process through node:inspector so that the profile
 * covers exactly the load window (not start-up), and a summary of where the time went by function
 * and by module.
 */
import { Session } from 'node:inspector/promises';

/** A V8 CPU profile (`.cpuprofile`, readable by Chrome DevTools and speedscope). */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; hitCount?: number; children?: number[] }>;
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

let session: Session | undefined;

/** Starts sampling this process every `intervalUs` microseconds. */
export async function startCpuProfile(intervalUs = 250): Promise<void> {
  if (session) throw new Error('a CPU profile is already running in this process');
  session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: intervalUs });
  await session.post('Profiler.start');
}

/** Stops the running profile and returns it. */
export async function stopCpuProfile(): Promise<CpuProfile> {
  if (!session) throw new Error('no CPU profile is running in this process');
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
  session.disconnect();
  session = undefined;
  return profile;
}

export interface SelfTime {
  name: string;
  selfMs: number;
  /** Share of the busy time (everything but idle). */
  share: number;
}

export interface CpuProfileSummary {
  /** Wall time covered by the profile. */
  ms: number;
  /** Time the process was not idle. */
  busyMs: number;
  samples: number;
  functions: SelfTime[];
  modules: SelfTime[];
}

/**
 * The module a call frame belongs to: a package under node_modules (`graphql`, `@apollo/server`),
 * a folder of helixgraph (`helixgraph src/server`), a Node built-in (`node:internal/streams`), or
 * V8's own buckets (`(garbage collector)`, `(program)`, `(idle)`), and `(V8 and Node built-ins)` for
 * frames without a URL (socket writes, JSON, regular expressions).
 */
export function moduleOf(url: string, functionName: string): string {
  if (!url) return /^\(.*\)$/.test(functionName) ? functionName : '(V8 and Node built-ins)';
  if (url.startsWith('node:')) {
    const parts = url.slice(5).split('/');
    return `node:${parts[0] === 'internal' && parts.length > 2 ? `internal/${parts[1]}` : parts[0]}`;
  }
  const path = url.replace(/^file:\/\//, '');
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = path.slice(nm + '/node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const own = /\/(src|bench)\/(.*)$/.exec(path);
  if (own) {
    const dirs = own[2].split('/').slice(0, -1);
    return `helixgraph ${own[1]}${dirs.length ? `/${dirs.slice(0, 2).join('/')}` : ''}`;
  }
  return path.split('/').pop() ?? path;
}

/** Self time by function and by module, largest first (`top` of each). */
export function summariseCpuProfile(profile: CpuProfile, top = 15): CpuProfileSummary {
  const totalSamples = profile.samples?.length ?? profile.nodes.reduce((s, n) => s + (n.hitCount ?? 0), 0);
  const ms = (profile.endTime - profile.startTime) / 1000;
  const perSample = totalSamples > 0 ? ms / totalSamples : 0;
  const hits = new Map<number, number>();
  if (profile.samples) for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
  else for (const n of profile.nodes) hits.set(n.id, n.hitCount ?? 0);
  const byFunction = new Map<string, number>();
  const byModule = new Map<string, number>();
  let idle = 0;
  for (const n of profile.nodes) {
    const h = hits.get(n.id) ?? 0;
    if (h === 0) continue;
    const { functionName, url, lineNumber } = n.callFrame;
    const module = moduleOf(url, functionName);
    if (module === '(idle)') {
      idle += h;
      continue;
    }
    const file = url ? url.split('/').pop() : '';
    const name = `${functionName || '(anonymous)'}${file ? ` ${module === file ? '' : `${module} `}${file}:${lineNumber + 1}` : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + h);
    byModule.set(module, (byModule.get(module) ?? 0) + h);
  }
  const busy = totalSamples - idle;
  const rank = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, h]) => ({ name, selfMs: Math.round(h * perSample * 10) / 10, share: busy > 0 ? h / busy : 0 }));
  return { ms: Math.round(ms), busyMs: Math.round(busy * perSample), samples: totalSamples, functions: rank(byFunction), modules: rank(byModule) };
}
