// Issue 13: "with the browser's default font at 24 px, card text is at least 1.4× what it is at 16 px".
// The reader's default font size is a browser setting no page can change, so this drives Debian's
// Chromium and sets it through DevTools (Page.setFontSizes), as a reader does in the settings.
// The web-test-runner suites check in all three engines that the base size is `medium` (that
// setting) and that every size inside scales with it.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {launch} from '../../bench/lib/browser.mjs';

let BUNDLE;
const CARD = `<article-card heading="Мистецтво промовчати і майстерність не договорювати" href="https://ostrov.example/a"
  category="Донбас" datetime="2026-01-25T13:00:00+02:00" excerpt="Минулого тижня ЗМІ окупованого Донбасу…"></article-card>`;

let browser;
before(async () => {
  // Read once, at the start: a concurrent build may empty dist/ later in the run.
  BUNDLE = readFileSync(new URL('../../dist/newsroom-widgets.js', import.meta.url), 'utf8');
  browser = await launch();
});
after(async () => browser?.close());

/** Font sizes (px) of the card's title, excerpt and date, with the browser's default font at `standard` px. */
async function sizes(standard, rootCss = '') {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', {fontSizes: {standard, fixed: 13}});
    await page.setContent(`<!doctype html><style>${rootCss}</style><main>${CARD}</main>`);
    await page.addScriptTag({content: BUNDLE});
    await page.waitForFunction(() => document.querySelector('article-card')?.shadowRoot?.querySelector('h3'));
    return await page.evaluate(() => {
      const root = document.querySelector('article-card').shadowRoot;
      return ['[part~="title"]', '[part~="excerpt"]', '[part~="date"]'].map((s) => parseFloat(getComputedStyle(root.querySelector(s)).fontSize));
    });
  } finally {
    await context.close();
  }
}

test('a reader’s 24px default font makes card text 1.5× its size at 16px, whatever the partner’s root size', async () => {
  const at16 = await sizes(16);
  assert.deepEqual(at16, [18, 15, 13], 'title, excerpt, date at the usual 16px default');
  const at24 = await sizes(24);
  at24.forEach((v, i) => assert.ok(v / at16[i] >= 1.4, `size #${i}: ${v}px at 24 against ${at16[i]}px at 16`));
  // A partner's px-rem trick (html { font-size: 62.5% }) changes nothing.
  assert.deepEqual(await sizes(24, 'html { font-size: 62.5% }'), at24);
});
