/**
 * Quotes a configuration value for an error message only when it cannot be a secret: short and made of
 * plain identifier characters. A misplaced API key, hash or password is long, so it is described by its
 * length instead of echoed.
 */
export function describeConfigValue(value: string): string {
  if (value.length <= 24 && /^[A-Za-z0-9 ._@+:-]*$/.test(value) && !value.toLowerCase().startsWith('wfk_')) {
    return `\`${value}\``;
  }
  return `a ${value.length}-character value (not shown)`;
}
