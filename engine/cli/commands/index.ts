import type { Command } from './command.ts';
import { validateCommand } from './validate.ts';

export const commands: readonly Command[] = [validateCommand];
