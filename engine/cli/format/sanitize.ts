/**
 * Replaces control characters (other than tab) with their visible Control Pictures, so that text taken from a
 * workflow file cannot move the cursor or recolour the terminal. C1 controls and DEL become U+FFFD.
 */
export function sanitizeForTerminal(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (character) => {
    const code = character.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : '\ufffd';
  });
}
