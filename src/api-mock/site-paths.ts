/** Returns the site's base path without a trailing slash: `` at the root, `/portal` under a sub-path. */
export function siteBasePath(): string {
  return import.meta.env.BASE_URL.replace(/\/+$/, '');
}

/** Returns the path that the in-browser mock serves, below the site's base path: `/mockapi` or `/portal/mockapi`. */
export function mockApiBasePath(): string {
  return `${siteBasePath()}/mockapi`;
}
