import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem, type, release } from 'node:os';

/**
 * Describes the machine the benchmarks ran on: CPU model, cores, RAM, OS, Node, and the load
 * average at the start (these machines are shared, so load explains noise).
 *
 * @returns One line of text.
 */
export function describeMachine() {
  const cpuList = cpus();
  const model = cpuList[0]?.model?.trim() || 'unknown CPU';
  const ram = (totalmem() / 2 ** 30).toFixed(1);
  const load = loadavg().map((value) => value.toFixed(2)).join(' / ');
  const node = process.env.BENCH_NODE ? `Node ${childNodeVersion()} in the measuring processes (BENCH_NODE), ${process.version} for the harness` : `Node ${process.version}`;
  return `${model}, ${cpuList.length} cores, ${ram} GiB RAM, ${type()} ${release()}, ${node}, load average ${load} (1/5/15 min) at start`;
}

/**
 * The Node that runs the measuring child processes: `BENCH_NODE` when set, else this one.
 *
 * @returns The executable path.
 */
export function childNode() {
  return process.env.BENCH_NODE || process.execPath;
}

/**
 * The version of {@link childNode}.
 *
 * @returns Its version, such as `v24.22.3`.
 */
export function childNodeVersion() {
  return execFileSync(childNode(), ['--version'], { encoding: 'utf8' }).trim();
}
