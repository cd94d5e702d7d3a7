/** Self time by function and by package from a V8 `.cpuprofile`. */

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
  /** Microseconds on the system's monotonic clock (process.hrtime's on Linux). */
  startTime: number;
}

/** A span of the monotonic clock, in microseconds. */
export interface Window {
  from: number;
  to: number;
}

/** The package a script URL belongs to, or its path inside the repository. */
export function packageOf(url: string, root: string): string {
  if (!url) return '(native)';
  const path = url.replace(/^file:\/\//, '');
  const inModules = path.lastIndexOf('node_modules/');
  if (inModules >= 0) {
    const [first, second] = path.slice(inModules + 'node_modules/'.length).split('/');
    return first?.startsWith('@') ? `${first}/${second}` : (first ?? path);
  }
  if (path.startsWith('node:')) return path;
  return path.startsWith(root) ? path.slice(root.length + 1) : path;
}

/** The heaviest functions and packages by self time within `window` (start-up left out), as text lines. */
export function heaviest(profile: CpuProfile, root: string, window: Window, top = 25): string {
  const selfUs = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((node, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (at >= window.from && at <= window.to) selfUs.set(node, (selfUs.get(node) ?? 0) + delta);
  });
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const idle = new Set(profile.nodes.filter((n) => ['(idle)', '(program)'].includes(n.callFrame.functionName)).map((n) => n.id));
  const busy = total - [...idle].reduce((s, n) => s + (selfUs.get(n) ?? 0), 0);
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const node of profile.nodes) {
    if (idle.has(node.id)) continue;
    const us = selfUs.get(node.id) ?? 0;
    const pkg = packageOf(node.callFrame.url, root);
    const fn = `${node.callFrame.functionName || '(anonymous)'} ${pkg}:${node.callFrame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
  }
  const pct = (us: number) => `${((100 * us) / busy).toFixed(1)}%`;
  const rank = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, us]) => `  ${pct(us).padStart(6)}  ${k}`);
  return [`busy ${(busy / 1000).toFixed(0)} ms`, 'by package:', ...rank(byPackage), 'by function:', ...rank(byFunction)].join('\n');
}
