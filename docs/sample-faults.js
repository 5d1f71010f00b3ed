// Inlined by docs/site-plugin.mjs before the bundle on every page with live examples: it must
// be in place before the elements, which the bundle defines while the page is parsed, ask for
// their feeds (docs/site.ts, a module, runs only once the page is parsed: too late for them).
//
// The live examples of states ask the demo's feed server for a feed that never answers
// (`stall=1`) or for an HTML page (`html=1`). The published site's sample feeds are plain
// files beside the pages, and no static host can do either, so here the page does.
(() => {
  const fetchFile = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const sample = url.origin === location.origin && url.pathname.includes('/feeds/');
    const signal = init && init.signal;
    if (sample && url.searchParams.get('stall') === '1') {
      return new Promise((_, reject) => signal && signal.addEventListener('abort', () => reject(signal.reason)));
    }
    if (sample && url.searchParams.get('html') === '1') {
      return Promise.resolve(new Response('<!doctype html><title>Not a feed</title>', {headers: {'Content-Type': 'text/html'}}));
    }
    return fetchFile(input, init);
  };
})();
