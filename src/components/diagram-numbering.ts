/** Diagrams already numbered on each page being rendered; a page render has one Request object. */
const countsByPage = new WeakMap<Request, number>();

/** Returns the next diagram number on the page of `request`, starting at 1. */
export function nextDiagramNumber(request: Request): number {
  const next = (countsByPage.get(request) ?? 0) + 1;
  countsByPage.set(request, next);
  return next;
}
