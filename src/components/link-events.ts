/**
 * Cards' analytics hooks, shared by `<related-articles>` and `<article-card>`.
 *
 * `click` covers the pointer and the keyboard (Enter on a link fires it), and
 * `auxclick` with the middle button covers "open in a new tab". Both reach the
 * host before the browser navigates, so a listener can still record them.
 * The shadow roots are open, so `composedPath()` at the host shows the link.
 */
export function onArticleLink(host: HTMLElement, followed: (link: HTMLAnchorElement) => void): void {
  const listener = (e: Event) => {
    if (e.type === 'auxclick' && (e as MouseEvent).button !== 1) return;
    const link = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement && n.part.contains('link'));
    if (link) followed(link);
  };
  host.addEventListener('click', listener);
  host.addEventListener('auxclick', listener);
}
