// The benchmark's server: the HTTP service over a library file, listening on
// 127.0.0.1 in a process of its own (so that the load does not share its event
// loop). Prints the port on its first line, then serves until killed. Takes
// uploads without a rate limit: the benchmark uploads while it reads.
import { buildApp } from '../../src/server/app.js';

const app = await buildApp({ db: process.argv[2]!, logger: false, uploadRate: 1_000_000 });
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
process.stdout.write(`${typeof address === 'object' && address ? address.port : ''}\n`);
