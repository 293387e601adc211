/**
 * The build's compression thread (started by precompressor in scripts/lib/compress.ts): runs
 * the passes it is asked for, one at a time, and answers each with its result or its error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { compressionPasses, type CompressReply, type CompressRequest } from './compress.ts';

const { site, cacheRoot } = workerData as { site: string; cacheRoot?: string };
let passes: ReturnType<typeof compressionPasses> | undefined;

parentPort!.on('message', (request: CompressRequest) => {
  let reply: CompressReply;
  try {
    passes ??= compressionPasses(site, cacheRoot);
    reply = request === 'pass' ? (passes.pass(), {}) : { totals: passes.finish() };
  } catch (error) {
    const { message, code } = error as NodeJS.ErrnoException;
    reply = { error: { message: String(message), code } };
  }
  parentPort!.postMessage(reply);
});
