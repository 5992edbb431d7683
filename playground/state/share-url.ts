/** The hash key that carries shared content: `#code=...`. */
const hashKey = 'code';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new SyntaxError('it contains characters outside base64url');

  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

async function pipeThrough(
  bytes: Uint8Array,
  transform: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Compresses text with raw deflate and encodes it as base64url, the form it takes in a shared link. */
export async function encodeShared(text: string): Promise<string> {
  const compressed = await pipeThrough(new TextEncoder().encode(text), new CompressionStream('deflate-raw'));
  return toBase64Url(compressed);
}

/** Reverses `encodeShared`. Rejects with an `Error` saying what was wrong when the text is not a valid share. */
export async function decodeShared(encoded: string): Promise<string> {
  const bytes = fromBase64Url(encoded);
  const inflated = await pipeThrough(bytes, new DecompressionStream('deflate-raw'));
  return new TextDecoder('utf-8', { fatal: true }).decode(inflated);
}

/** Returns the encoded content of a `#code=...` hash, or `undefined` when the hash carries none. */
export function sharedCodeFromHash(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(hashKey) ?? undefined;
}

/** Builds the link that opens the playground with `text` in it. */
export async function shareUrl(text: string, location: Location): Promise<string> {
  const url = new URL(location.href);
  url.hash = `${hashKey}=${await encodeShared(text)}`;
  return url.href;
}
