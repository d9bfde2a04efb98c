import { InputError } from '../errors.js';

/** The program's name, which begins every line the CLI writes on stderr. */
const PROGRAM = 'nianbao';

/** Ends a command on a bad argument: one line on stderr, exit 2. */
export function fail(message: string): never {
  throw new InputError('BAD_ARGUMENT', PROGRAM, message);
}

/** The line a user's error prints: the program's name once, then the subject at fault (a bad argument's subject is the program). */
export function complaint(error: InputError): string {
  return error.subject === PROGRAM ? `${error.message}\n` : `${PROGRAM}: ${error.message}\n`;
}
