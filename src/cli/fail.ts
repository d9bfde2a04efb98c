import { InputError } from '../errors.js';

/** Ends a command on a bad argument: one line on stderr, exit 2. */
export function fail(message: string): never {
  throw new InputError('BAD_ARGUMENT', 'nianbao', message);
}
