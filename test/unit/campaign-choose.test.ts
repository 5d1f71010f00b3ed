import {expect} from '@open-wc/testing';
import {choose, isLive, pick, type Choice} from '../../src/campaign/choose.js';
import {DAY, dismiss, recall, recordView} from '../../src/campaign/memory.js';
import {withUtm as tagLink} from '../../src/internal/utm.js';

/** The banner's tags: the campaign, and the variant as utm_content. */
const withUtm = (url: string, campaign: string, variant: string, source?: string) =>
  tagLink(url, {medium: 'support-banner', campaign, content: variant, source});
import {config, END, fixtureConfig, memoryStorage, MID, rawConfig, seeded, START, throwingStorage} from './banner-helpers.js';

const cta = {label: 'Підтримати', url: 'https://ostrov.example/support/'};
const chosen = (r: Choice | string): string => (typeof r === 'string' ? r : `${r.campaign.id}/${r.variant.id}`);

describe('campaign choice', () => {
  describe('schedule', () => {
    it('is live from start through end, both inclusive, by the injected clock', async () => {
      const cfg = config(await fixtureConfig());
      const at = (now: number) => chosen(choose(cfg, {lang: 'uk', now}, memoryStorage(), () => 0));
      expect(at(START - 1000), 'a second before start').to.equal('no-campaign');
      expect(at(START), 'at start').to.equal('independence-2026/grants');
      expect(at(END), 'at end').to.equal('independence-2026/grants');
      expect(at(END + 1000), 'a second after end').to.equal('no-campaign');
      // The fixture's +02:00 offset counts: midnight in Kyiv is 22:00 UTC the day before.
      expect(START).to.equal(Date.UTC(2025, 11, 31, 22));
    });

    it('treats a missing start or end as open', () => {
      const c = config(rawConfig({end: '2026-02-01T00:00:00Z'})).campaigns[0]!;
      expect(isLive(c, 0)).to.equal(true);
      expect(isLive(c, Date.parse('2026-02-01T00:00:01Z'))).to.equal(false);
      // And the other half of the name: a start without an end runs on for good.
      const open = config(rawConfig({start: '2026-02-01T00:00:00Z'})).campaigns[0]!;
      expect(isLive(open, Date.parse('2026-01-31T23:59:59Z'))).to.equal(false);
      expect(isLive(open, Date.parse('2999-01-01T00:00:00Z'))).to.equal(true);
    });
  });

  describe('language', () => {
    const cfg = config({
      version: 1,
      campaigns: [
        {id: 'uk-only', languages: ['uk'], variants: [{id: 'v', message: 'Так', cta}]},
        {id: 'en-only', languages: ['en-GB'], variants: [{id: 'v', message: 'Yes', cta}]},
        {id: 'any', variants: [{id: 'v', message: 'Any', cta}]},
      ],
    });
    const at = (lang: string) => chosen(choose(cfg, {lang, now: MID}, memoryStorage()));

    it('matches the primary subtag, and the first live campaign in the file wins', () => {
      expect(at('uk')).to.equal('uk-only/v');
      expect(at('uk-UA')).to.equal('uk-only/v');
      expect(at('UK')).to.equal('uk-only/v');
      expect(at('en-US')).to.equal('en-only/v');
      expect(at('pl')).to.equal('any/v');
    });

    it('shows nothing when no campaign speaks the language', async () => {
      expect(chosen(choose(config(await fixtureConfig()), {lang: 'en', now: MID}, memoryStorage()))).to.equal('no-campaign');
    });
  });

  describe('variants', () => {
    const cfg = config(
      rawConfig({}, [
        {id: 'a', weight: 1, message: 'A', cta},
        {id: 'b', weight: 3, message: 'B', cta},
      ]),
    );

    it('splits readers 1:3 by weight (seeded, 4000 readers)', () => {
      const random = seeded(2026);
      let a = 0;
      const n = 4000;
      for (let i = 0; i < n; i++) {
        // A new reader: fresh storage, so a fresh bucket.
        if (chosen(choose(cfg, {lang: 'uk', now: MID}, memoryStorage(), random)) === 'c1/a') a++;
      }
      expect(a / n).to.be.within(0.23, 0.27);
    });

    it('keeps one reader on one variant: the bucket is drawn once and stored', () => {
      const storage = memoryStorage();
      let draws = 0;
      const random = () => (draws++ % 2 ? 0.1 : 0.9);
      const seen = new Set<string>();
      for (let i = 0; i < 20; i++) seen.add(chosen(choose(cfg, {lang: 'uk', now: MID + i * DAY}, storage, random)));
      expect([...seen]).to.deep.equal(['c1/b']);
      expect(draws).to.equal(1);
      // Only the random number is stored: nothing that identifies the reader.
      expect(JSON.parse(storage.backing.getItem('newsroom-widgets:banner:c1')!)).to.deep.equal({b: 0.9});
    });

    it('maps buckets onto cumulative weights', () => {
      const vs = cfg.campaigns[0]!.variants;
      expect([0, 0.2499, 0.25, 0.999999].map((b) => pick(vs, b).id)).to.deep.equal(['a', 'a', 'b', 'b']);
    });

    it('draws again when the stored bucket is corrupt', () => {
      const storage = memoryStorage();
      storage.set('newsroom-widgets:banner:c1', '{"b": "x"');
      expect(chosen(choose(cfg, {lang: 'uk', now: MID}, storage, () => 0.1))).to.equal('c1/a');
      expect(recall('c1', storage).bucket).to.equal(0.1);
      // Stored in the format readers' browsers already hold.
      expect(JSON.parse(storage.backing.getItem('newsroom-widgets:banner:c1')!)).to.deep.equal({b: 0.1});
    });
  });

  describe('max_views', () => {
    const cfg = config(rawConfig({max_views: {count: 2, days: 30}}));
    const c = cfg.campaigns[0]!;

    it('hides the campaign after count views within days, until the window passes', () => {
      const storage = memoryStorage();
      const at = (now: number) => chosen(choose(cfg, {lang: 'uk', now}, storage));
      expect(at(MID)).to.equal('c1/v1');
      recordView(c, 'inline', MID, storage);
      expect(at(MID + 1)).to.equal('c1/v1');
      recordView(c, 'bottom', MID + DAY, storage);
      expect(at(MID + DAY + 1)).to.equal('capped');
      expect(at(MID + 30 * DAY - 1)).to.equal('capped');
      // The first view leaves the 30-day window; one view is left in it.
      expect(at(MID + 30 * DAY)).to.equal('c1/v1');
      expect(recall('c1', storage).views).to.deep.equal([MID, MID + DAY]);
      expect(JSON.parse(storage.backing.getItem('newsroom-widgets:banner:c1')!).v, 'stored under its one-letter key').to.deep.equal([MID, MID + DAY]);
    });

    it('writes no view log for a campaign without a cap', () => {
      const plain = config(rawConfig());
      const storage = memoryStorage();
      recordView(plain.campaigns[0]!, 'inline', MID, storage);
      expect(storage.backing.length).to.equal(0);
    });
  });

  describe('dismissal', () => {
    const cfg = config(rawConfig({dismiss_days: 7}));

    it('hides the campaign for dismiss_days, then shows it again', () => {
      const storage = memoryStorage();
      dismiss(cfg.campaigns[0]!, 'close', MID, storage);
      expect(chosen(choose(cfg, {lang: 'uk', now: MID + 7 * DAY - 1}, storage))).to.equal('dismissed');
      expect(chosen(choose(cfg, {lang: 'uk', now: MID + 7 * DAY}, storage))).to.equal('c1/v1');
    });

    it('hides it for a year after «I already support»', () => {
      const storage = memoryStorage();
      dismiss(cfg.campaigns[0]!, 'already-support', MID, storage);
      expect(chosen(choose(cfg, {lang: 'uk', now: MID + 364 * DAY}, storage))).to.equal('dismissed');
      expect(chosen(choose(cfg, {lang: 'uk', now: MID + 365 * DAY}, storage))).to.equal('c1/v1');
    });

    it('works from memory for the page when storage throws', () => {
      const storage = throwingStorage();
      expect(chosen(choose(cfg, {lang: 'uk', now: MID}, storage, () => 0.5))).to.equal('c1/v1');
      dismiss(cfg.campaigns[0]!, 'close', MID, storage);
      expect(chosen(choose(cfg, {lang: 'uk', now: MID + DAY}, storage))).to.equal('dismissed');
      expect(storage.persistent).to.equal(false);
    });
  });

  describe('UTM', () => {
    it('adds source, medium, campaign and content', () => {
      const u = new URL(withUtm('https://ostrov.example/support/?a=1#f', 'c1', 'v1', 'partner.example'));
      expect(Object.fromEntries(u.searchParams)).to.deep.equal({
        a: '1',
        utm_source: 'partner.example',
        utm_medium: 'support-banner',
        utm_campaign: 'c1',
        utm_content: 'v1',
      });
      expect(u.hash).to.equal('#f');
    });

    it('leaves a URL the publisher already tagged exactly as it is', () => {
      const tagged = 'https://ostrov.example/support/?utm_source=newsletter';
      expect(withUtm(tagged, 'c1', 'v1', 'partner.example')).to.equal(tagged);
    });

    it('uses the page hostname by default and skips an empty one', () => {
      expect(new URL(withUtm(cta.url, 'c', 'v')).searchParams.get('utm_source')).to.equal(location.hostname);
      expect(new URL(withUtm(cta.url, 'c', 'v', '')).searchParams.has('utm_source')).to.equal(false);
    });
  });
});
