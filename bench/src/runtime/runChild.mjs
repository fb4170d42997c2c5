import { fork } from 'node:child_process';
import { childNode } from '../report/machine.mjs';

/**
 * Runs a benchmark entry in a fresh Node process (the `BENCH_NODE` executable when set), sends it a
 * config and waits for its one answer.
 *
 * @param entry The entry file path.
 * @param config The config message.
 * @param execArgv Node flags for the child, such as `--expose-gc`.
 *
 * @returns The child's result value; rejects with the child's error text.
 */
export function runChild(entry, config, execArgv = []) {
  const child = fork(entry, [], { execPath: childNode(), execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    let answered = false;
    child.once('message', (message) => {
      answered = true;
      if (message.ok) resolve(message.value);
      else reject(new Error(message.error));
    });
    child.once('exit', (code) => {
      if (!answered) reject(new Error(`${entry} exited with code ${code} before answering`));
    });
    child.send(config);
  });
}
