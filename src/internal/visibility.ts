/**
 * One IntersectionObserver for every lazy widget on the page (a hundred
 * elements should not mean a hundred observers). `whenNear` calls back once,
 * when the element comes within the margin of the viewport.
 */
const MARGIN = '400px 0px';
const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

export function whenNear(el: Element, callback: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    callback();
    return () => {};
  }
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const cb = waiting.get(entry.target);
        waiting.delete(entry.target);
        observer!.unobserve(entry.target);
        cb?.();
      }
    },
    {rootMargin: MARGIN},
  );
  waiting.set(el, callback);
  observer.observe(el);
  return () => {
    waiting.delete(el);
    observer?.unobserve(el);
  };
}
