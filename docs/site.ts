// Every page: the copy buttons of code blocks, and the sample feeds' faults on a static host.

/**
 * The live examples of states ask the demo's feed server for a feed that never answers
 * (`stall=1`) or for an HTML page (`html=1`). The published site's sample feeds are plain
 * files beside the pages, and no static host can do either, so here the page does.
 */
function sampleFaults(): void {
  const fetchFile = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const sample = url.origin === location.origin && url.pathname.includes('/feeds/');
    if (sample && url.searchParams.get('stall') === '1') {
      return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    }
    if (sample && url.searchParams.get('html') === '1') {
      return Promise.resolve(new Response('<!doctype html><title>Not a feed</title>', {headers: {'Content-Type': 'text/html'}}));
    }
    return fetchFile(input, init);
  };
}
sampleFaults();

/** Copies text; `navigator.clipboard` where the page may use it, else the older selection route. */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.style.cssText = 'position:fixed;opacity:0';
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}

/** A button says it copied for a moment, so a reader knows the click worked. */
export function flash(button: HTMLElement, label = 'Copied'): void {
  const text = button.dataset.label ?? button.textContent ?? '';
  button.dataset.label = text;
  button.textContent = label;
  button.dataset.copied = '';
  setTimeout(() => {
    button.textContent = text;
    delete button.dataset.copied;
  }, 1500);
}

document.addEventListener('click', (e) => {
  const button = (e.target as Element).closest?.('.code > button.copy');
  if (!(button instanceof HTMLElement)) return;
  const code = button.parentElement!.querySelector('pre')!.textContent ?? '';
  void copyText(code).then(() => flash(button));
});
