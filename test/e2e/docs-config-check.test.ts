// The banner docs page's "Check your config" box (docs/support-banner.html), used as a
// publisher would: paste a config, press Validate, read what is wrong by field. The page is
// served from the docs' sources; its validator is the one the build precompiles from
// banner.schema.json (dist/docs/), so run `node scripts/build.mjs` first.
import {expect} from '@open-wc/testing';

let frame: HTMLIFrameElement;

async function openPage(): Promise<Document> {
  frame = document.createElement('iframe');
  frame.style.cssText = 'position: fixed; top: 0; left: 0; width: 1280px; height: 900px; border: 0; background: #fff';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = '/docs/support-banner.html';
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

/** Pastes `text` into the box and presses Validate, as a reader does; returns the result region. */
function validate(doc: Document, text: string): HTMLElement {
  const area = doc.querySelector<HTMLTextAreaElement>('#config-check textarea')!;
  area.value = text;
  area.dispatchEvent(new Event('input', {bubbles: true}));
  doc.querySelector<HTMLButtonElement>('#config-check button')!.click();
  return doc.querySelector<HTMLElement>('#config-check [role="status"]')!;
}

/** Each listed problem as [pointer, message]. */
const listed = (result: HTMLElement) =>
  [...result.querySelectorAll('li')].map((li) => [li.querySelector('code')!.textContent, li.textContent!.slice(li.querySelector('code')!.textContent!.length).trim()]);

describe('e2e: the docs config check', () => {
  let doc: Document;
  let demo: {campaigns: {variants: {cta: {url: string}}[]; [field: string]: unknown}[]};

  before(async () => {
    doc = await openPage();
    demo = await (await fetch('/demo/feeds/banner.json')).json();
  });
  after(() => frame.remove());

  it('names each broken field by its JSON pointer, in plain words', () => {
    const config = structuredClone(demo);
    config.campaigns[0].dismis_days = 3;
    config.campaigns[0].variants[0].cta.url = 'javascript:alert(1)';
    const result = validate(doc, JSON.stringify(config, null, 2));
    expect(result.dataset.valid).to.equal('false');
    expect(result.querySelector('p')!.textContent).to.equal('2 problems:');
    const problems = listed(result);
    expect(problems.map(([pointer]) => pointer)).to.deep.equal(['/campaigns/0/dismis_days', '/campaigns/0/variants/0/cta/url']);
    expect(problems[0]![1]).to.match(/^unknown field, which the banner ignores: a typo\? The fields here are .*dismiss_days/);
    expect(problems[1]![1]).to.match(/^not in the expected form: An http\(s\) URL/);
  });

  it('says a valid config is valid, and replaces the earlier problems', () => {
    const result = validate(doc, JSON.stringify(demo));
    expect(result.dataset.valid).to.equal('true');
    expect(result.textContent).to.match(/^Valid: /);
    expect(result.querySelector('li')).to.equal(null);
  });

  it('gives a JSON syntax error its line and column', () => {
    const result = validate(doc, '{\n  "version": 1,\n  "campaigns": [],\n}');
    expect(listed(result)).to.have.length(1);
    const [pointer, message] = listed(result)[0]!;
    expect(pointer).to.equal('(the whole file)');
    // Chromium and Firefox say where; WebKit's JSON.parse does not, so there the message stands alone.
    if (!/AppleWebKit/.test(navigator.userAgent) || /Chrome/.test(navigator.userAgent)) expect(message).to.match(/^not valid JSON at line 4, column 1: /);
    else expect(message).to.match(/^not valid JSON: /);
  });

  it('shows what the config says as text, never as markup', () => {
    const result = validate(doc, JSON.stringify({version: 1, campaigns: [], '<img src=x onerror="window.injected=1">': 1}));
    expect(result.querySelector('img')).to.equal(null);
    expect(listed(result)[0]![0]).to.equal('/<img src=x onerror="window.injected=1">');
    expect((frame.contentWindow as unknown as {injected?: number}).injected).to.equal(undefined);
  });

  it('shows the appeals: the end-of-article one, a reached goal, and a deadline with «Нагадати пізніше»', async () => {
    // The built site puts the script-tag bundle in this page's <head> (docs/site-plugin.mjs); here the page comes from its sources.
    const script = Object.assign(doc.createElement('script'), {src: '/dist/newsroom-widgets.js'});
    const ran = new Promise((resolve) => script.addEventListener('load', resolve, {once: true}));
    doc.head.append(script);
    await ran;
    const shadow = (appeal: string) => doc.querySelector(`[data-appeal=${appeal}] support-banner`)!.shadowRoot!;
    const part = (appeal: string, name: string) => shadow(appeal).querySelector(`[part~=${name}]`)?.textContent?.replace(/\s+/g, ' ');
    const examples = [...doc.querySelectorAll<HTMLElement & {whenSettled(): Promise<string>}>('[data-appeal] support-banner')];
    expect(await Promise.all(examples.map((banner) => banner.whenSettled()))).to.deep.equal(['shown', 'shown', 'shown']);
    expect(part('reached', 'goal-label')).to.match(/^Ціль досягнуто! 312 400 ₴ з 300 000 ₴$/);
    expect(part('reached', 'message')).to.equal('Дякуємо! Ми зібрали на рік роботи редакції.');
    expect(part('deadline', 'deadline')).to.equal('Залишилось 5 днів');
    expect(part('deadline', 'remind')).to.equal('Нагадати пізніше');
    expect(shadow('epic').querySelector('section')!.className).to.equal('epic');
    expect(part('epic', 'heading')).to.equal('Чому ми просимо');
    expect(shadow('epic').querySelectorAll('[part~=message]')).to.have.length(2);
  });

  it('builds its appeals with their configs, so the built page (the bundle in <head>) says nothing on the console', async () => {
    // As the built site has it: the elements defined before the page's modules run. Each console
    // line the library writes is kept (a banner deciding before its config came would warn).
    const source = await (await fetch('/docs/support-banner.html')).text();
    const keepConsole = "<script>window.said = []; for (const level of ['warn', 'error', 'info']) { const write = console[level]; console[level] = (...args) => { said.push(args.join(' ')); write.apply(console, args); }; }</script>";
    const builtFrame = Object.assign(document.createElement('iframe'), {
      srcdoc: source.replaceAll('{{FEED_ORIGIN}}', '/demo/feeds').replace('<!--head:bundle-->', `<base href="${new URL('/docs/', location.href).href}">${keepConsole}<script src="/dist/newsroom-widgets.js"></script>`),
    });
    const built = new Promise((resolve) => builtFrame.addEventListener('load', resolve, {once: true}));
    builtFrame.style.cssText = 'position: fixed; top: 0; left: 0; width: 1280px; height: 900px; border: 0';
    document.body.append(builtFrame);
    await built;
    const page = builtFrame.contentDocument!;
    try {
      const examples = [...page.querySelectorAll<HTMLElement & {whenSettled(): Promise<string>}>('[data-appeal] support-banner')];
      expect(examples.map((banner) => banner.closest<HTMLElement>('[data-appeal]')!.dataset.appeal)).to.deep.equal(['epic', 'reached', 'deadline']);
      expect(await Promise.all(examples.map((banner) => banner.whenSettled()))).to.deep.equal(['shown', 'shown', 'shown']);
      expect((builtFrame.contentWindow as unknown as {said: string[]}).said.filter((line) => line.includes('[newsroom-widgets]'))).to.deep.equal([]);
      // Each example shows the config it was given, as the banner.json a publisher would write.
      const shownConfig = page.querySelector('[data-appeal=reached] .code code')!.textContent!;
      expect(JSON.parse(shownConfig).campaigns[0].variants[0].goal.reached_message).to.equal('Дякуємо! Ми зібрали на рік роботи редакції.');
    } finally {
      builtFrame.remove();
    }
  });
});
