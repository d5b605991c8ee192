/**
 * `case-manager-check`: the command-line entry (CONTRACT.md §2). bin/case-manager-check.js
 * imports the built form of this module (build/cli.js) and calls run().
 *
 * `scrape` and `check` read a saved vendor page (src/cli/page.ts, which alone loads jsdom).
 *
 * Exit status: 0 ran with no error finding; 1 some student has an error finding; 2 bad usage or
 * unreadable input (the message names file, line and column), in which case nothing is written.
 * Only problem locations reach stderr; student data goes to stdout or --out only.
 */

import { AuditInputError } from '../batch/audit';
import { formatProblem } from '../csv/problems';
import { COMMAND_HELP, parseCommand, USAGE, UsageError } from './args';
import { auditCommand } from './commands/audit';
import { caseloadsCommand } from './commands/caseloads';
import { checkCommand } from './commands/check';
import { lookupCommand } from './commands/lookup';
import { scrapeCommand } from './commands/scrape';
import { type CliIo, InputError, nodeIo } from './io';

export const VERSION = '0.1.0';
const PROGRAM = 'case-manager-check';
const MAX_PROBLEMS_SHOWN = 20;

export function run(argv: readonly string[], io: CliIo = nodeIo): number {
  try {
    const cmd = parseCommand(argv);
    switch (cmd.command) {
      case 'help':
        io.stdout(cmd.topic !== undefined ? (COMMAND_HELP[cmd.topic] ?? USAGE) : USAGE);
        return 0;
      case 'version':
        io.stdout(`${VERSION}\n`);
        return 0;
      case 'audit':
        return auditCommand(cmd, io);
      case 'caseloads':
        return caseloadsCommand(cmd, io);
      case 'lookup':
        return lookupCommand(cmd, io);
      case 'scrape':
        return scrapeCommand(cmd, io);
      case 'check':
        return checkCommand(cmd, io);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      // One line: the whole usage after it buried the message that says what was wrong.
      const help = e.command !== undefined ? `${PROGRAM} ${e.command} --help` : `${PROGRAM} --help`;
      io.stderr(`${PROGRAM}: ${e.message} (see ${help})\n`);
      return 2;
    }
    if (e instanceof AuditInputError) {
      const shown = e.problems.slice(0, MAX_PROBLEMS_SHOWN);
      for (const p of shown) io.stderr(`${PROGRAM}: ${formatProblem(p)}\n`);
      const more = e.problems.length - shown.length;
      if (more > 0) io.stderr(`${PROGRAM}: ${more} more problems not shown\n`);
      io.stderr(
        `${PROGRAM}: nothing was checked; correct the file${e.problems.length > 1 ? 's' : ''} and run again\n`,
      );
      return 2;
    }
    if (e instanceof InputError) {
      io.stderr(`${PROGRAM}: ${e.message}\n`);
      return 2;
    }
    // A bug, not a finding: never exit 1, which would read as "a student has an error".
    io.stderr(
      `${PROGRAM}: internal error, nothing was written: ${e instanceof Error ? e.message : String(e)}\n`,
    );
    return 2;
  }
}
