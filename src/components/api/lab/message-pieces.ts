/** A piece of a message: plain text, or a value that the message quotes in backticks. */
export interface MessagePiece {
  text: string;
  code: boolean;
}

/**
 * Splits a message at its backtick-quoted values, the way the project's messages quote values, so that a
 * page can show each value as code. A backtick without a partner stays in the text.
 */
export function messagePieces(message: string): MessagePiece[] {
  const parts = message.split('`');
  // An even number of parts means an odd number of backticks: the last one has no partner.
  if (parts.length % 2 === 0) {
    const last = parts.pop() ?? '';
    parts.push(`${parts.pop() ?? ''}\`${last}`);
  }
  return parts.map((text, index) => ({ text, code: index % 2 === 1 })).filter((piece) => piece.text !== '');
}

/** Replaces the element's content with the message, each backtick-quoted value in a `<code>` element. */
export function showMessage(element: HTMLElement, message: string): void {
  element.replaceChildren(
    ...messagePieces(message).map((piece) => {
      if (!piece.code) return piece.text;
      const code = document.createElement('code');
      code.textContent = piece.text;
      return code;
    }),
  );
}
