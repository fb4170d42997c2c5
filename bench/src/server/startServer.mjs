import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const serverEntry = fileURLToPath(new URL('./loopbackServer.mjs', import.meta.url));

/**
 * Starts the loopback server in its own child process, so its work never shares a CPU thread with
 * the client being measured.
 *
 * @returns The endpoint (`http://127.0.0.1:<port>/v1`) and a `stop` function.
 */
export async function startServer() {
  const child = fork(serverEntry, [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise((resolve, reject) => {
    child.once('message', (message) => resolve(message.port));
    child.once('exit', (code) => reject(new Error(`loopback server exited early with code ${code}`)));
  });
  return {
    endpoint: `http://127.0.0.1:${port}/v1`,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.disconnect();
      }),
  };
}
