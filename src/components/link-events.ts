/**
 * Cards' analytics hook, shared by `<related-articles>` and `<article-card>`.
 * `click` covers the pointer and the keyboard (Enter on a link fires it), and
 * reaches the host before the browser navigates, so a listener can still
 * record it. The shadow roots are open, so `composedPath()` at the host shows
 * the link.
 */
export function onArticleLink(host: HTMLElement, followed: (link: HTMLAnchorElement) => void): void {
  host.addEventListener('click', (e) => {
    const link = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement && n.part.contains('link'));
    if (link) followed(link);
  });
}
