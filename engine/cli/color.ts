/**
 * Decides whether output gets ANSI colours, following the common conventions: `FORCE_COLOR` (other than `0`
 * or `false`) forces colour on, `NO_COLOR` (non-empty) or `TERM=dumb` turns it off, and otherwise colour is
 * used only when stdout is a terminal.
 */
export function shouldUseColor(
  env: Readonly<Record<string, string | undefined>>,
  stdoutIsTty: boolean,
): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stdoutIsTty;
}
