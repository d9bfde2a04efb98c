// Progress of a long run on stderr: a bar redrawn in place on a terminal,
// one plain line per item otherwise (logs, pipes, tests reading the output).
import { clip } from './table.js';

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): unknown;
}

export interface Progress {
  /** `done` of `total` items finished; `line` says which and how it went. */
  step(done: number, line: string): void;
  finish(): void;
}

const BAR = 24;

export function progress(stream: ProgressStream, total: number): Progress {
  if (!stream.isTTY) {
    return {
      step: (done, line) => stream.write(`[${done}/${total}] ${line}\n`),
      finish: () => {},
    };
  }
  let drawn = false;
  return {
    step(done, line) {
      const filled = total > 0 ? Math.round((BAR * done) / total) : BAR;
      const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR - filled)}`;
      const text = `${bar} ${done}/${total} ${line}`;
      // Clear the line first: a shorter line must not leave the end of a longer one.
      stream.write(`\r\x1b[2K${clip(text, Math.max(20, (stream.columns ?? 80) - 1))}`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
