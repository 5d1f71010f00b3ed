import {fixture, html} from '@open-wc/testing';
import sinon from 'sinon';
import {campaignLoader} from '../../src/campaign/loader.js';
import type {CampaignConfig} from '../../src/campaign/model.js';
import {parseConfig} from '../../src/campaign/model.js';
import type {SupportBanner} from '../../src/components/support-banner/support-banner.js';
import {createSafeStorage, type SafeStorage} from '../../src/internal/safe-storage.js';
import {resetLoaders} from './helpers.js';

/** A Storage backed by a Map, so each test (or each "reader") starts with its own. */
export class MapStorage implements Storage {
  readonly map = new Map<string, string>();
  get length(): number {
    return this.map.size;
  }
  clear(): void {
    this.map.clear();
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  key(i: number): string | null {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
  setItem(key: string, value: string): void {
    this.map.set(key, String(value));
  }
}

export function memoryStorage(): SafeStorage & {backing: MapStorage} {
  const backing = new MapStorage();
  return Object.assign(createSafeStorage(() => backing), {backing});
}

/** Storage that throws on every access, as with blocked cookies. */
export const throwingStorage = (): SafeStorage =>
  createSafeStorage(() => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  });

/** A small seeded PRNG (mulberry32): the weight check is reproducible, never flaky. */
export function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SEED_MESSAGE = 'Раніше «ОстроВ» підтримували грантодавці. Сьогодні нашу незалежність збереже тільки Ваша підтримка';

/** The fixture config's campaign: 2026-01-01T00:00:00+02:00 through 2026-12-31T23:59:59+02:00. */
export const START = Date.parse('2026-01-01T00:00:00+02:00');
export const END = Date.parse('2026-12-31T23:59:59+02:00');
export const MID = Date.parse('2026-03-01T12:00:00Z');

export async function fixtureConfig(): Promise<unknown> {
  return (await fetch('/test/fixtures/ostrov/banner.json')).json();
}

/** A raw config document with one campaign; `campaign` and `variant` fields override the defaults. */
export function rawConfig(campaign: Record<string, unknown> = {}, variants?: Record<string, unknown>[]): Record<string, unknown> {
  return {
    version: 1,
    campaigns: [
      {
        id: 'c1',
        languages: ['uk'],
        variants: variants ?? [{id: 'v1', message: SEED_MESSAGE, cta: {label: 'Підтримати', url: 'https://ostrov.example/support/'}}],
        ...campaign,
      },
    ],
  };
}

/**
 * Every banner test's page: fresh loaders and storage, an empty event log, and Date pinned at MID
 * (the fixture campaign runs through 2026: the tests never read the real clock). `clock` is the
 * running fake; a test may restore it and put one there that fakes timers too.
 */
export function bannerTestPage(): {clock: sinon.SinonFakeTimers} {
  const page = {} as {clock: sinon.SinonFakeTimers};
  beforeEach(() => {
    resetBanner();
    log.length = 0;
    page.clock = sinon.useFakeTimers({now: MID, toFake: ['Date']});
  });
  afterEach(() => {
    page.clock.restore();
    sinon.restore();
  });
  return page;
}

export const config = (raw: unknown): CampaignConfig => parseConfig(raw, 'https://ostrov.example/feeds/banner.json').value;

export function resetBanner(): void {
  resetLoaders();
  campaignLoader.clear();
  try {
    localStorage.clear();
  } catch {
    /* blocked: nothing to clear */
  }
}

/** U+00A0 and U+202F (Intl's group separator in uk) read as plain spaces. */
export const spaces = (s: string | null | undefined): string => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

export const TYPES = ['support-banner-view', 'support-banner-click', 'support-banner-dismiss', 'support-banner-skip'];
interface Logged {
  type: string;
  detail: Record<string, unknown>;
  target: EventTarget | null;
  bubbles: boolean;
  composed: boolean;
}
/** Every banner event that reached `document` (they must bubble out of the shadow root), from import on; tests empty it. */
export const log: Logged[] = [];
const record = (e: Event) => {
  const {type, detail, target, bubbles, composed} = e as CustomEvent;
  log.push({type, detail, target, bubbles, composed});
};
export const events = (el: Element, type: string) => log.filter((e) => e.target === el && e.type === type);

/** Waits up to `frames` animation frames for `cond` (frames, not wall time: Date is faked here); says whether it came. */
export async function until(cond: () => unknown, frames = 600): Promise<boolean> {
  for (let i = 0; i < frames; i++) {
    if (cond()) return true;
    await new Promise(requestAnimationFrame);
  }
  return Boolean(cond());
}
export const frames = (n: number) => until(() => false, n);

export const box = (el: SupportBanner) => el.shadowRoot!.querySelector('section');
export const part = (el: SupportBanner, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Resolves once the banner shows or has said why it does not. */
export async function settle(el: SupportBanner): Promise<SupportBanner> {
  await el.updateComplete;
  // A banner still undecided is a failure here, not a pass for every "nothing shows" check after it.
  if (!(await until(() => box(el) || events(el, 'support-banner-skip').length))) {
    throw new Error(`the banner neither showed nor sent support-banner-skip (state ${el.state})`);
  }
  await el.updateComplete;
  return el;
}

export async function banner(template: ReturnType<typeof html>): Promise<SupportBanner> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  return settle(wrapper.querySelector('support-banner')!);
}

TYPES.forEach((t) => document.addEventListener(t, record));
