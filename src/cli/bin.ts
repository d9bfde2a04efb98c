#!/usr/bin/env node
import { main } from './main.js';

// A reader that stops early (`nianbao export | head`) closes the pipe: the rest
// of the output is not wanted, which is no failure and deserves no stack.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

process.exitCode = await main(process.argv.slice(2));
