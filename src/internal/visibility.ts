/**
 * One IntersectionObserver per rule for every widget on the page (a hundred
 * elements should not mean a hundred observers), each element with its own
 * callback and timer. Each rule is a pair: `watch(el, cb)` calls `cb` (with
 * `this` = `el`) once, and `stop(el)` cancels; the pair, rather than a cancel
 * closure per call, keeps a page of a hundred lists free of a hundred closures.
 * IntersectionObserver is in every engine that runs this ES2021 bundle, so
 * there is no fallback for its absence.
 */
interface Watch {
  cb: (this: Element) => void;
  t?: ReturnType<typeof setTimeout>;
}

type Rule = readonly [watch: <E extends Element>(el: E, cb: (this: E) => void) => void, stop: (el: Element) => void];

function watcher(init: IntersectionObserverInit, seen: (e: IntersectionObserverEntry, w: Watch, fire: () => void) => void): Rule {
  const watching = new Map<Element, Watch>();
  let observer: IntersectionObserver | undefined;
  const stop = (el: Element) => {
    clearTimeout(watching.get(el)?.t);
    watching.delete(el);
    observer?.unobserve(el);
  };
  const watch = (el: Element, cb: (this: Element) => void) => {
    observer ??= new IntersectionObserver((entries) => {
      for (const e of entries) {
        const w = watching.get(e.target);
        if (w) seen(e, w, () => (stop(e.target), w.cb.call(e.target)));
      }
    }, init);
    stop(el);
    watching.set(el, {cb});
    observer.observe(el);
  };
  return [watch as Rule[0], stop];
}

/** Calls back when `el` comes within 400px (vertically) of the viewport. */
export const [whenNear, stopNear] = watcher({rootMargin: '400px 0px'}, (e, _, fire) => e.isIntersecting && fire());

/**
 * Calls back when at least half of `el` has been in view for one continuous
 * second (the display-ad viewability rule): dropping below half restarts it.
 */
export const [whenViewed, stopViewed] = watcher({threshold: 0.5}, (e, w, fire) => {
  clearTimeout(w.t);
  if (e.intersectionRatio >= 0.5) w.t = setTimeout(fire, 1000);
});
