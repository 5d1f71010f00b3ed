import {expect} from '@open-wc/testing';
import {parseDate} from '../../src/feed/date.js';

const iso = (s: string) => parseDate(s)?.toISOString();

// Every spelling of a month the one table has to answer: a whole name first, then its first three
// letters, so the English three cover longer English names and the foreign aliases keep their own.
describe('parseDate: month names', () => {
  it('reads English names whole or cut, in any case, with or without a dot', () => {
    expect(iso('1 June 2021')).to.equal('2021-06-01T00:00:00.000Z');
    expect(iso('1 Sept 2021')).to.equal('2021-09-01T00:00:00.000Z');
    expect(iso('1 sept. 2021')).to.equal('2021-09-01T00:00:00.000Z');
    expect(iso('1 Decem 2021')).to.equal('2021-12-01T00:00:00.000Z');
    expect(iso('1 DEC 2021')).to.equal('2021-12-01T00:00:00.000Z');
  });

  it('reads the Portuguese, Spanish, German and French abbreviations', () => {
    const cases: [string, string][] = [
      ['5 fev 2021', '2021-02-05'], ['5 abr 2021', '2021-04-05'], ['5 mai 2021', '2021-05-05'], ['5 ago 2021', '2021-08-05'],
      ['5 out 2021', '2021-10-05'], ['5 dez 2021', '2021-12-05'], ['2 ene 2021', '2021-01-02'], ['9 dic 2021', '2021-12-09'],
      ['1 mär 2021', '2021-03-01'], ['1 Mrz 2021', '2021-03-01'], ['3 févr. 2021', '2021-02-03'], ['5 avr 2021', '2021-04-05'],
      ['14 juil 2021', '2021-07-14'], ['15 août 2021', '2021-08-15'], ['9 déc 2021', '2021-12-09'], ['1 mayo 2021', '2021-05-01'],
    ];
    for (const [text, day] of cases) expect(iso(text), text).to.equal(`${day}T00:00:00.000Z`);
    expect(iso('3 janv. 2021 10:00 +0100')).to.equal('2021-01-03T09:00:00.000Z');
  });

  it('gives undefined for a name it does not know', () => {
    expect(iso('1 foo 2021')).to.equal(undefined);
    expect(iso('1 Janvier 2021')).to.equal(undefined);
  });
});

describe('parseDate: fractions of a second', () => {
  it('rounds any number of digits to milliseconds, after a dot or a comma, and reads none as zero', () => {
    expect(iso('2021-03-04T05:06:07Z')).to.equal('2021-03-04T05:06:07.000Z');
    expect(iso('2021-03-04T05:06:07,5Z')).to.equal('2021-03-04T05:06:07.500Z');
    expect(iso('2021-03-04T05:06:07.123456789Z')).to.equal('2021-03-04T05:06:07.123Z');
    expect(iso('2021-03-04T05:06:07.0005Z')).to.equal('2021-03-04T05:06:07.001Z');
  });
});
