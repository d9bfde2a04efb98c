// The write thread's entry (writer.ts): its own connection to the library,
// each write run as it comes and answered once committed.
import { parentPort, workerData } from 'node:worker_threads';
import { openStore } from './index.js';
import { errorData, type WriteAnswer, type WriteRequest } from './writer.js';

const store = openStore((workerData as { path: string }).path);
const port = parentPort!;

port.on('message', (request: WriteRequest) => {
  if ('close' in request) {
    store.close();
    port.close();
    return;
  }
  const { id, write, args } = request;
  let answer: WriteAnswer;
  try {
    answer = { id, ok: true, value: (store[write] as (...a: unknown[]) => unknown)(...args) };
  } catch (error) {
    answer = { id, ok: false, error: errorData(error) };
  }
  port.postMessage(answer);
});
