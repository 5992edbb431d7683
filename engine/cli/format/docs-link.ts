/** Path of the error-code reference page on the docs site, where each code is an anchor. */
const errorCodesPath = '/reference/error-codes/';

/**
 * Returns the docs address of a diagnostic code, for example `/reference/error-codes/#wf301`. With a base URL
 * (such as `https://docs.example.com/portal`) the address is absolute. Without one it is a site-relative path.
 */
export function docsLink(code: string, baseUrl = ''): string {
  return `${baseUrl.replace(/\/+$/, '')}${errorCodesPath}#${code.toLowerCase()}`;
}
