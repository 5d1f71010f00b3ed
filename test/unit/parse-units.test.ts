import {expect} from '@open-wc/testing';
import sinon from 'sinon';
import {parseDate} from '../../src/feed/date.js';
import {decodeEntities, htmlToText} from '../../src/feed/html-text.js';
import {safeUrl} from '../../src/internal/safe-url.js';

const iso = (s: string) => parseDate(s)?.toISOString();

describe('parseDate', () => {
  it('reads RFC 3339 with offsets, fractions and the usual slack', () => {
    expect(iso('2026-01-29T14:00:00+02:00')).to.equal('2026-01-29T12:00:00.000Z');
    expect(iso('2016-06-01T15:35:00.001Z')).to.equal('2016-06-01T15:35:00.001Z');
    expect(iso('2026-01-29 14:00')).to.equal('2026-01-29T14:00:00.000Z');
    expect(iso('2026-01-29T14:00:00+0530')).to.equal('2026-01-29T08:30:00.000Z');
    expect(iso('2019-08-27')).to.equal('2019-08-27T00:00:00.000Z');
    // Any number of digits after a dot or a comma, rounded to milliseconds; none reads as zero.
    expect(iso('2021-03-04T05:06:07Z')).to.equal('2021-03-04T05:06:07.000Z');
    expect(iso('2021-03-04T05:06:07,5Z')).to.equal('2021-03-04T05:06:07.500Z');
    expect(iso('2021-03-04T05:06:07.123456789Z')).to.equal('2021-03-04T05:06:07.123Z');
    expect(iso('2021-03-04T05:06:07.0005Z')).to.equal('2021-03-04T05:06:07.001Z');
  });

  it('reads RFC 822 and its broken variants', () => {
    expect(iso('Thu, 29 Jan 2026 14:00:00 +0200')).to.equal('2026-01-29T12:00:00.000Z');
    expect(iso('Wed, 17 Jan 2018 15:50:00 EST')).to.equal('2018-01-17T20:50:00.000Z');
    expect(iso('Wed, 01 Feb 2023 05:00:00 -0000')).to.equal('2023-02-01T05:00:00.000Z');
    expect(iso('Mon, 7 Jan 19 16:19 GMT')).to.equal('2019-01-07T16:19:00.000Z');
    expect(iso(' Wed, 03 Jan 2018 13:48:00 +0000\r\n   ')).to.equal('2018-01-03T13:48:00.000Z');
    // Portuguese weekday and month names (uolNoticias), German months.
    expect(iso('Seg, 24 Set 2018 19:42:40 -0300')).to.equal('2018-09-24T22:42:40.000Z');
    expect(iso('Mo, 5 Okt 2020 10:00:00 +0200')).to.equal('2020-10-05T08:00:00.000Z');
    expect(iso('2020/1/10 14:33:00')).to.equal('2020-01-10T14:33:00.000Z');
  });

  // Every spelling of a month the one table has to answer: a whole name first, then its first three
  // letters, so the English three cover longer English names and the foreign aliases keep their own.
  it('reads month names: English whole or cut, in any case, with or without a dot; Portuguese, Spanish, German and French abbreviations', () => {
    const cases: [string, string][] = [
      ['1 June 2021', '2021-06-01'], ['1 Sept 2021', '2021-09-01'], ['1 sept. 2021', '2021-09-01'], ['1 Decem 2021', '2021-12-01'],
      ['1 DEC 2021', '2021-12-01'],
      ['5 fev 2021', '2021-02-05'], ['5 abr 2021', '2021-04-05'], ['5 mai 2021', '2021-05-05'], ['5 ago 2021', '2021-08-05'],
      ['5 out 2021', '2021-10-05'], ['5 dez 2021', '2021-12-05'], ['2 ene 2021', '2021-01-02'], ['9 dic 2021', '2021-12-09'],
      ['1 mär 2021', '2021-03-01'], ['1 Mrz 2021', '2021-03-01'], ['3 févr. 2021', '2021-02-03'], ['5 avr 2021', '2021-04-05'],
      ['15 juin 2021', '2021-06-15'], ['5 fév 2021', '2021-02-05'],
      ['14 juil 2021', '2021-07-14'], ['15 août 2021', '2021-08-15'], ['9 déc 2021', '2021-12-09'], ['1 mayo 2021', '2021-05-01'],
      // Whole names, as some CMSs write them: the first three letters find the month, whatever its length.
      ['15 January 2024', '2024-01-15'], ['Monday, 15 January 2024', '2024-01-15'], ['30 September 2021', '2021-09-30'],
      ['1 Janvier 2021', '2021-01-01'], ['14 juillet 2021', '2021-07-14'], ['8 décembre 2021', '2021-12-08'],
      ['1 Dezember 2021', '2021-12-01'], ['1 fevereiro 2021', '2021-02-01'], ['1 septiembre 2021', '2021-09-01'],
    ];
    for (const [text, day] of cases) expect(iso(text), text).to.equal(`${day}T00:00:00.000Z`);
    expect(iso('3 janv. 2021 10:00 +0100')).to.equal('2021-01-03T09:00:00.000Z');
    expect(iso('Thu, 29 January 2026 14:00:00 +0200')).to.equal('2026-01-29T12:00:00.000Z');
  });

  it('gives undefined, never an Invalid Date, for what it cannot read', () => {
    for (const bad of ['', 'yesterday', '2026-13-01', '32 Jan 2026', 'Thu, 29 Foo 2026 14:00:00', '1 foo 2021', '1 Foobarbaz 2021', '2026-01-29T25:61:00Z', '1 Jan 1900', 'x'.repeat(100), 42, null, {}]) {
      expect(parseDate(bad), String(bad)).to.equal(undefined);
    }
  });
});

describe('htmlToText', () => {
  it('drops tags and what scripts, styles and comments contain; block ends become spaces', () => {
    expect(htmlToText('<p>One</p><p>Two<br>three</p>')).to.equal(' One  Two three ');
    expect(htmlToText('a<script>alert("x")</script>b<style>p{}</style>c<!-- hidden -->d')).to.equal('a b c d');
    expect(htmlToText('<img src=x onerror=alert(1)>text')).to.equal('text');
  });

  it('decodes named, decimal and hex entities once, and leaves unknown ones alone', () => {
    expect(htmlToText('&lt;b&gt; &amp;amp; &#8211; &#x41; &nbsp;&laquo;x&raquo; &bogus;')).to.equal('<b> &amp; – A \u00a0«x» &bogus;');
  });

  it('knows every HTML named reference, not a hand-picked few', () => {
    // None of these was in the old partial table; the browser's tokenizer knows them all.
    expect(decodeEntities('&hearts; &Scaron;ibenik &rarr; &frac13; &check;')).to.equal('♥ Šibenik → ⅓ ✓');
  });

  it('decodes a reference into text only: markup spelled out stays text and creates nothing', () => {
    expect(decodeEntities('&lt;img src=x onerror=alert(1)&gt; </textarea><b>&amp;')).to.equal('<img src=x onerror=alert(1)> </textarea><b>&');
  });

  it('parses each distinct reference once, however many strings hold it', () => {
    const parse = sinon.spy(DOMParser.prototype, 'parseFromString');
    try {
      // References no other test uses, so the page-wide cache starts without them.
      const out = Array.from({length: 200}, (_, i) => decodeEntities(`${i}&clubs;&#x2666;&clubs`));
      expect(out[7]).to.equal('7♣♦&clubs');
      expect(out[199]).to.equal('199♣♦&clubs');
      // `&clubs;`, `&#x2666;` and the semicolon-less `&clubs` (not a legacy name, so it stays).
      expect(parse.callCount).to.equal(3);
    } finally {
      parse.restore();
    }
  });

  it('parses a string with more distinct references than the cache holds whole, once', () => {
    const many = Array.from({length: 1500}, (_, i) => `&#${0x4e00 + i};`).join('');
    const parse = sinon.spy(DOMParser.prototype, 'parseFromString');
    try {
      const out = decodeEntities(`<b>${many}`);
      expect(parse.callCount).to.equal(1);
      expect(out).to.equal(`<b>${Array.from({length: 1500}, (_, i) => String.fromCodePoint(0x4e00 + i)).join('')}`);
    } finally {
      parse.restore();
    }
  });

  it('never produces a code point that is not a character', () => {
    expect(decodeEntities('&#0;&#xD800;&#1114112;')).to.equal('\ufffd\ufffd\ufffd');
  });

  it('cuts a stray unclosed tag at the end of a clamped description', () => {
    expect(htmlToText('Read more <a href="https://x.example/long')).to.equal('Read more ');
  });
});

describe('safeUrl', () => {
  it('keeps http(s), resolving relative URLs against the document', () => {
    expect(safeUrl('https://a.example/x')).to.equal('https://a.example/x');
    expect(safeUrl('/p/1?q=a b', 'http://a.example/feed.xml')).to.equal('http://a.example/p/1?q=a%20b');
    expect(safeUrl('//cdn.example/i.jpg', 'https://a.example/')).to.equal('https://cdn.example/i.jpg');
    expect(safeUrl('  https://a.example/  ')).to.equal('https://a.example/');
  });

  it('drops every other scheme, however it is disguised', () => {
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'ftp://a.example/', 'blob:https://a.example/1']) {
      expect(safeUrl(bad, 'https://a.example/'), bad).to.equal(undefined);
    }
  });

  it('drops non-strings, garbage and absurdly long URLs', () => {
    for (const bad of [undefined, null, 42, {}, '', 'http://', 'https://a.example/' + 'x'.repeat(3000)]) {
      expect(safeUrl(bad), String(bad).slice(0, 30)).to.equal(undefined);
    }
    expect(safeUrl('relative/only')).to.equal(undefined);
  });
});
