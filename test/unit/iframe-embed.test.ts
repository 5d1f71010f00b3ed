import {expect, waitUntil} from '@open-wc/testing';
import {RESIZER} from '../../docs/snippets.mjs';
import {BANNER, feedUrl, OSTROV, serveDoc} from './helpers.js';

/**
 * The resizer partners paste beside the iframe (README, docs, builder), run in this page as
 * pasted: an inline script, whose listener stays for the page (each test removes its frames).
 */
function installResizer(): void {
  const script = document.createElement('script');
  script.textContent = /^<script>([\s\S]*)<\/script>$/.exec(RESIZER)![1]!;
  document.head.append(script);
}

let campaigns = 0;
/**
 * The seed campaign config under a campaign id of its own: the frames share this origin's storage,
 * where a banner closed in one test (or in another test file) would stay closed for the next.
 */
async function bannerConfig(): Promise<string> {
  const config = await (await fetch(feedUrl(BANNER))).json();
  for (const c of config.campaigns) c.id = `${c.id}-embed-${Date.now()}-${++campaigns}`;
  return serveDoc(JSON.stringify(config));
}

async function embedFrame(query: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 700px; height: 0; border: 0; display: block';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = `/dist/embed.html?${query}`;
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('iframe embed (dist/embed.html)', () => {
  before(installResizer);
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  });

  it('renders the element from its query, transparent, links to the top window, and sizes its frame to fit', async () => {
    const src = feedUrl(OSTROV);
    const frame = await embedFrame(`element=related-articles&src=${encodeURIComponent(src)}&limit=2&onclick=alert(1)&style=display:none`);
    const doc = frame.contentDocument!;
    const el = doc.querySelector('related-articles')!;
    await waitUntil(() => el.shadowRoot?.querySelectorAll('[part~="link"]').length === 2, 'two cards');
    expect(el.getAttribute('limit')).to.equal('2');
    // Parameters that are no attribute of the element are ignored (never an event handler or a style).
    expect(el.hasAttribute('onclick')).to.equal(false);
    expect(el.hasAttribute('style')).to.equal(false);
    expect([...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.target)).to.deep.equal(Array(5).fill('_top'));
    expect(doc.querySelector('base')!.getAttribute('target')).to.equal('_top');
    expect(getComputedStyle(doc.body).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    // Without `lang` the element speaks Ukrainian, and so does the frame's document.
    expect(doc.documentElement.lang).to.equal('uk');
    // The resizer set the frame's height to the page's: no inner scrollbar, nothing cut off.
    const contentHeight = () => Math.ceil(doc.documentElement.getBoundingClientRect().height);
    await waitUntil(() => frame.getBoundingClientRect().height === contentHeight(), 'the frame fits its content');
    expect(contentHeight()).to.be.greaterThan(200);
    expect(doc.documentElement.scrollHeight).to.be.at.most(doc.documentElement.clientHeight);
  });

  it('follows the reader’s colour scheme unless color-scheme names the page’s; takes lang; refuses an unknown element', async () => {
    const frame = await embedFrame('element=marquee');
    expect(frame.contentDocument!.querySelector('meta[name="color-scheme"]')!.getAttribute('content')).to.equal('light dark');
    expect(frame.contentDocument!.body.querySelector('marquee')).to.equal(null);
    const light = await embedFrame(`element=related-articles&color-scheme=light&lang=en&src=${encodeURIComponent(feedUrl(OSTROV))}`);
    expect(light.contentDocument!.querySelector('meta[name="color-scheme"]')!.getAttribute('content')).to.equal('light');
    const el = light.contentDocument!.querySelector('related-articles')!;
    expect(el.getAttribute('lang')).to.equal('en');
    // The frame's own document says its language too (screen readers, axe's html-has-lang): the element's.
    expect(light.contentDocument!.documentElement.lang).to.equal('en');
    await waitUntil(() => el.shadowRoot?.querySelector('[part="heading"]')?.textContent === 'Articles', 'the English heading');
  });

  it('shrinks the frame to nothing when the reader closes the banner in it: no empty band is left', async () => {
    const frame = await embedFrame(`element=support-banner&src=${encodeURIComponent(await bannerConfig())}`);
    const banner = frame.contentDocument!.querySelector('support-banner')!;
    await waitUntil(() => banner.shadowRoot?.querySelector('[part~="close"]') && frame.getBoundingClientRect().height > 50, 'the banner, and the frame sized to it');
    banner.shadowRoot!.querySelector<HTMLButtonElement>('[part~="close"]')!.click();
    await waitUntil(() => banner.getAttribute('state') === 'hidden', 'the banner closed');
    await waitUntil(() => frame.getBoundingClientRect().height === 0, `the frame shrunk to nothing (it is ${frame.getBoundingClientRect().height}px)`);
  });

  it('shows a bottom bar inline, since from a frame it cannot overlay the page (fixed to the frame, it had no height)', async () => {
    const frame = await embedFrame(`element=support-banner&placement=bottom&src=${encodeURIComponent(await bannerConfig())}`);
    const banner = frame.contentDocument!.querySelector('support-banner')!;
    expect(banner.hasAttribute('placement')).to.equal(false);
    await waitUntil(() => banner.getAttribute('state') === 'shown', 'the banner shown');
    await waitUntil(() => frame.getBoundingClientRect().height > 50, `the frame sized to the banner (it is ${frame.getBoundingClientRect().height}px)`);
  });
});
