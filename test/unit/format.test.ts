import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {formatDate, formatTime, spokenDate} from '../../src/i18n/format.js';

/**
 * Ukrainian dates in the reader's own time zone are written without Intl (the
 * first Intl formatter of a page costs tens of milliseconds): they must be
 * exactly what Intl writes, in every engine, for any date a feed can carry.
 */
const intl = (options: Intl.DateTimeFormatOptions, d: Date) => new Intl.DateTimeFormat('uk', options).format(d);
// Feed dates are kept between 1970 and 2200 (src/feed/date.ts).
const dates = fc.date({min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true});

describe('date formats (uk, reader’s time zone, without Intl)', () => {
  it('are Intl’s text exactly: numeric date, time, date in words', () => {
    fc.assert(
      fc.property(dates, fc.constantFrom('uk', 'uk-UA', 'UK'), (d, lang) => {
        expect(formatDate(d, lang)).to.equal(intl({day: '2-digit', month: '2-digit', year: 'numeric'}, d));
        expect(formatTime(d, lang)).to.equal(intl({timeStyle: 'short'}, d));
        const words = intl({day: 'numeric', month: 'long', year: 'numeric'}, d).replace(/\s*р\.$/, '');
        expect(spokenDate(d, lang, undefined, formatTime(d, lang))).to.equal(`${words}, ${intl({timeStyle: 'short'}, d)}`);
      }),
      {numRuns: 300, examples: [[new Date(2026, 0, 29, 14, 0), 'uk'], [new Date(2026, 11, 2, 9, 5), 'uk'], [new Date(2000, 1, 29, 0, 0), 'uk']]},
    );
  });

  it('a time zone, or another language, still goes through Intl', () => {
    const d = new Date('2026-01-29T12:00:00Z');
    expect(formatTime(d, 'uk', 'Asia/Tokyo')).to.equal('21:00');
    expect(spokenDate(d, 'uk', 'Asia/Tokyo', formatTime(d, 'uk', 'Asia/Tokyo'))).to.equal('29 січня 2026, 21:00');
    expect(formatDate(d, 'en', 'UTC')).to.equal('29 Jan 2026');
    // 21:30 UTC is the next morning in Tokyo: with a zone, the date follows it too (the Intl-free path would not).
    const late = new Date('2026-01-29T21:30:00Z');
    expect(formatDate(late, 'uk', 'Asia/Tokyo')).to.equal('30.01.2026');
  });

  it('a language tag Intl refuses (`uk_UA`) falls back to Ukrainian in the time zone asked, not the reader’s', () => {
    // UTC+14: no test machine is there, so the reader's zone would show another time.
    const d = new Date('2026-01-29T12:00:00Z');
    expect(formatTime(d, 'uk_UA', 'Pacific/Kiritimati')).to.equal('02:00');
    expect(formatDate(d, 'uk_UA', 'Pacific/Kiritimati')).to.equal('30.01.2026');
    expect(spokenDate(d, 'uk_UA', 'Pacific/Kiritimati', formatTime(d, 'uk_UA', 'Pacific/Kiritimati'))).to.equal('30 січня 2026, 02:00');
    // A zone Intl refuses still leaves the language's own format, in the reader's zone.
    expect(formatDate(d, 'en', 'Not/AZone')).to.equal(new Intl.DateTimeFormat('en-GB', {day: 'numeric', month: 'short', year: 'numeric'}).format(d));
  });

  it('a day without a time (midnight UTC, formatted in UTC) is the day written, said without a clock', () => {
    const day = new Date('2025-10-02T00:00:00Z');
    expect(formatDate(day, 'uk', 'UTC')).to.equal('02.10.2025');
    expect(spokenDate(day, 'uk', 'UTC', false)).to.equal('2 жовтня 2025');
    expect(spokenDate(day, 'en-US', 'UTC', false)).to.equal('October 2, 2025');
  });
});
