import type { Command } from './command.ts';
import { exportCommand } from './export.ts';
import { keysCommand } from './keys.ts';
import { newCommand } from './new.ts';
import { renderCommand } from './render.ts';
import { serveCommand } from './serve.ts';
import { templatesCommand } from './templates.ts';
import { usersCommand } from './users.ts';
import { validateCommand } from './validate.ts';

export const commands: readonly Command[] = [
  validateCommand,
  serveCommand,
  keysCommand,
  usersCommand,
  exportCommand,
  renderCommand,
  newCommand,
  templatesCommand,
];
