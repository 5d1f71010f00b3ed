import {expect, fixture, html} from '@open-wc/testing';
import sinon from 'sinon';
import {stopViewed, whenViewed} from '../../src/internal/visibility.js';

/** Every IntersectionObserver the page makes, with its options (visibility.ts makes its observers on first use, after this). */
const made: IntersectionObserverInit[] = [];
const Native = window.IntersectionObserver;
window.IntersectionObserver = class extends Native {
  constructor(cb: IntersectionObserverCallback, init?: IntersectionObserverInit) {
    super(cb, init);
    made.push(init ?? {});
  }
};

async function until(cond: () => unknown, frames = 600): Promise<void> {
  for (let i = 0; i < frames && !cond(); i++) await new Promise(requestAnimationFrame);
}

describe('whenViewed', () => {
  let timers: sinon.SinonFakeTimers;
  beforeEach(() => {
    // The one-second rule runs on the fake clock; the observer's frames stay real.
    timers = sinon.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
  });
  afterEach(() => timers.restore());

  it('one shared observer (thresholds up to 0.5) for every element, each with its own second, callback once', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><p>a</p><p>b</p><p>c</p></div>`);
    const [a, b, c] = [...wrap.querySelectorAll('p')];
    const calls: string[] = [];
    for (const p of [a!, b!, c!]) whenViewed(p, () => calls.push(p.textContent!));
    expect(made.filter((init) => Array.isArray(init.threshold) && init.threshold.includes(0.5))).to.have.length(1);
    await until(() => timers.countTimers() === 3);
    expect(timers.countTimers(), 'one timer per element').to.equal(3);
    stopViewed(b!);
    timers.tick(999);
    expect(calls).to.deep.equal([]);
    timers.tick(1);
    expect(calls.sort()).to.deep.equal(['a', 'c']);
    // Out of view and back in: each callback came once, and nothing is still watched.
    wrap.style.marginTop = '300vh';
    await new Promise(requestAnimationFrame);
    wrap.style.marginTop = '';
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    timers.tick(5000);
    expect(calls.sort()).to.deep.equal(['a', 'c']);
    expect(made.filter((init) => Array.isArray(init.threshold) && init.threshold.includes(0.5))).to.have.length(1);
  });

  it('restarts the second when the element drops below half, and needs half of it in view', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="padding-top: calc(100vh - 40px)"><p style="height: 100px; margin: 0">x</p><div style="height: 200vh"></div></div>`);
    const p = wrap.querySelector('p')!;
    let calls = 0;
    whenViewed(p, () => calls++);
    // 40 of 100 px in view: no view.
    for (let i = 0; i < 5; i++) await new Promise(requestAnimationFrame);
    expect(timers.countTimers()).to.equal(0);
    timers.tick(5000);
    expect(calls).to.equal(0);
    // 60 px in view: the second starts; out before it ends: it stops.
    window.scrollTo(0, 20);
    await until(() => timers.countTimers() === 1);
    timers.tick(600);
    window.scrollTo(0, 0);
    await until(() => timers.countTimers() === 0);
    timers.tick(5000);
    expect(calls).to.equal(0);
    // Back in for a whole second: one view.
    window.scrollTo(0, 20);
    await until(() => timers.countTimers() === 1);
    timers.tick(1000);
    expect(calls).to.equal(1);
    window.scrollTo(0, 0);
  });

  it('an element taller than twice the window (a long list on a phone, an appeal at a large font) is viewed once it fills half the window for a second', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="padding-top: 100vh"><p style="height: 300vh; margin: 0">x</p><div style="height: 100vh"></div></div>`);
    const p = wrap.querySelector('p')!;
    let calls = 0;
    whenViewed(p, () => calls++);
    await until(() => made.length);
    // A quarter of the window: not yet.
    window.scrollTo(0, innerHeight / 4);
    for (let i = 0; i < 5; i++) await new Promise(requestAnimationFrame);
    timers.tick(5000);
    expect(calls).to.equal(0);
    // Two thirds of the window, then the whole of it: one second from the moment it filled half, not restarted as it goes on filling.
    window.scrollTo(0, (innerHeight * 2) / 3);
    await until(() => timers.countTimers() === 1);
    timers.tick(600);
    window.scrollTo(0, innerHeight * 1.5);
    for (let i = 0; i < 5; i++) await new Promise(requestAnimationFrame);
    timers.tick(400);
    expect(calls).to.equal(1);
    window.scrollTo(0, 0);
  });
});
