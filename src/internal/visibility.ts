/**
 * One IntersectionObserver per rule for every widget on the page (a hundred
 * elements should not mean a hundred observers), each element with its own
 * callback and timer. `watch(el, callback)` calls `callback(el)` once, when the
 * rule is met; `stop(el)` cancels. An element is watched once at a time: each caller
 * stops it before watching it again (the resource controller cancels before every
 * start, a list watches once until it leaves the page, a banner stops its last
 * box before it watches the next). IntersectionObserver is in every engine that
 * runs this ES2021 bundle, so there is no fallback for its absence.
 */
interface Watch {
  callback: (el: Element) => void;
  /** The pending "in view long enough" timer of the viewability rule. */
  timer?: ReturnType<typeof setTimeout>;
}

interface Watcher {
  watch(el: Element, callback: (el: Element) => void): void;
  stop(el: Element): void;
}

/** `seen` decides, for each change of an element's intersection, whether and when to `fire`. */
function watcher(init: IntersectionObserverInit, seen: (entry: IntersectionObserverEntry, watch: Watch, fire: () => void) => void): Watcher {
  const watching = new Map<Element, Watch>();
  let observer: IntersectionObserver | undefined;

  function stop(el: Element): void {
    clearTimeout(watching.get(el)?.timer);
    watching.delete(el);
    observer?.unobserve(el);
  }

  function onChange(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const watch = watching.get(entry.target);
      if (!watch) continue;
      seen(entry, watch, () => {
        stop(entry.target);
        watch.callback(entry.target);
      });
    }
  }

  function watch(el: Element, callback: (el: Element) => void): void {
    observer ??= new IntersectionObserver(onChange, init);
    watching.set(el, {callback});
    observer.observe(el);
  }

  return {watch, stop};
}

const near = watcher({rootMargin: '400px 0px'}, (entry, _watch, fire) => {
  if (entry.isIntersecting) fire();
});

/**
 * The display-ad viewability rule: at least half of the element in view for
 * one continuous second; dropping below half restarts the second. An element
 * taller than the window (a long list on a phone, an appeal at a large font)
 * counts once it fills half the window: one taller than twice the window could
 * never have half of itself in view. Thresholds every 5 % tell how much of it is
 * in view (up to ten windows tall); a change that leaves it in view keeps the second running.
 */
const viewed = watcher({threshold: Array.from({length: 11}, (_, step) => step / 20)}, (entry, watch, fire) => {
  // No rootBounds in a cross-origin frame: there only the half of the element counts.
  const inView = entry.intersectionRatio >= 0.5 || entry.intersectionRect.height * 2 >= (entry.rootBounds?.height ?? Infinity);
  if (!inView) {
    clearTimeout(watch.timer);
    watch.timer = undefined;
  } else {
    watch.timer ??= setTimeout(fire, 1000);
  }
});

/** Calls back once when `el` comes within 400px (vertically) of the viewport. */
export const whenNear = near.watch;
export const stopNear = near.stop;

/** Calls back once when at least half of `el` (or of the window, for an element taller than it) has been in view for one continuous second. */
export const whenViewed = viewed.watch;
export const stopViewed = viewed.stop;
