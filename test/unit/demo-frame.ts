import {fixture, html} from '@open-wc/testing';
import {ORIGIN} from './helpers.js';

/**
 * A campaign config (`/demo/feeds/banner.json`, `/test/fixtures/ostrov/banner.json`) with one variant and
 * no schedule or cap: a test of it never depends on today's date.
 */
export async function oneVariantConfig(path: string, variant: string): Promise<Record<string, unknown>> {
  const config = await (await fetch(path)).json();
  for (const c of config.campaigns) {
    delete c.start;
    delete c.end;
    delete c.max_views;
    c.variants = c.variants.filter((v: {id: string}) => v.id === variant);
  }
  return config;
}

/**
 * A demo page (`/demo/index.html`, `/demo/bottom.html`) as `npm start` serves it, in a same-origin
 * frame of this viewport (an iframe: the one way to size a viewport in all three engines), running
 * the elements from src/, its banner reading `bannerSrc` and its feeds from the feed origin.
 */
export async function demoFrame(path: string, width: number, height: number, bannerSrc: string): Promise<Document> {
  const page = (await (await fetch(path)).text())
    .replace('<script src="/newsroom-widgets.js"></script>', '<script type="module" src="/src/define.ts"></script>')
    .replace('/partner.css', '/demo/partner.css')
    .replace('{{FEED_ORIGIN}}/banner.json', bannerSrc)
    .replaceAll('{{FEED_ORIGIN}}', `${ORIGIN}/demo/feeds`)
    .replace('<script src="/demo-log.js" defer></script>', '');
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block`;
  frame.srcdoc = page;
  const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
  (await fixture<HTMLElement>(html`<div></div>`)).append(frame);
  await loaded;
  return frame.contentDocument!;
}
