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
  return `${model}, ${cpuList.length} cores, ${ram} GiB RAM, ${type()} ${release()}, Node ${process.version}, load average ${load} (1/5/15 min) at start`;
}
