/**
 * Feed dates: RFC 3339 (JSON Feed, Atom), RFC 822 (RSS) and the broken
 * variants real feeds send (zone names like EST, missing seconds, no zone,
 * `2020/1/10 14:33:00`, date only). Anything else gives undefined, so an
 * element leaves the date out instead of printing "Invalid Date".
 */
// Null prototypes: a key read from a feed only ever finds an entry of its own.
// Zone names to their offsets from UTC in minutes.
const ZONES: Record<string, number> = {
  __proto__: null as never,
  UT: 0, UTC: 0, GMT: 0, Z: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300,
  MST: -420, MDT: -360, PST: -480, PDT: -420,
  CET: 60, CEST: 120, EET: 120, EEST: 180, MSK: 180, BST: 60, IST: 330,
};
// Month abbreviations to month numbers: English, then the Portuguese/Spanish/German/French
// ones seen in real feeds. A name is looked up whole, then by its first three letters
// ("sept", "June", "January", "janv.", "févr."), so the three cover every longer spelling; French
// "juin" and "juillet" share theirs, so they and "juil" are written whole.
const MONTHS: Record<string, number> = {
  __proto__: null as never,
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
  fev: 1, abr: 3, mai: 4, ago: 7, set: 8, out: 9, dez: 11, ene: 0, dic: 11,
  mär: 2, mrz: 2, okt: 9, fév: 1, avr: 3, juin: 5, juil: 6, juillet: 6, août: 7, déc: 11,
};

const MAX = Date.UTC(2200, 0, 1);

/** A date within the years feeds are about: from 1970 (0, the epoch) to 2200; NaN fails both comparisons too. */
function valid(ms: number): Date | undefined {
  return ms >= 0 && ms < MAX ? new Date(ms) : undefined;
}

/** The zone the date patterns found: none, a name, or an offset as ±hh:mm or ±hhmm. */
function zoneOffsetMinutes(zone: string | undefined): number | undefined {
  if (!zone) return 0; // no zone: read as UTC, the least surprising guess for a server clock
  if (!/^[+-]/.test(zone)) return ZONES[zone.toUpperCase()];
  const minutes = Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2));
  return zone[0] === '-' ? -minutes : minutes;
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, zone: string | undefined): Date | undefined {
  const offset = zoneOffsetMinutes(zone);
  if (offset === undefined || mo < 0 || mo > 11 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return undefined;
  // A two-digit year: 00–69 is this century; Date.UTC reads 70–99 as 1970–1999 itself.
  if (y < 70) y += 2000;
  return valid(Date.UTC(y, mo, d, h, mi, s, ms) - offset * 60_000);
}

export function parseDate(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.trim().replace(/\s+/g, ' ');
  // No length check: every pattern below is anchored at both ends and bounded (none matches over
  // 49 characters), so a long or blank value fails each of them within its first characters.

  // RFC 3339 / ISO 8601, with the usual slack (space for T, no seconds, no zone, date only), and
  // its slashed cousin `2020/1/10 14:33:00` (one-digit fields; no zone, so UTC like any zoneless date).
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s?(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(s) ??
    /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (m) {
    const [, year, month, day, hour = 0, minute = 0, second = 0, fraction = 0, zone] = m;
    // The fraction of a second in milliseconds; none reads as «0.0».
    const ms = Math.round(Number(`0.${fraction}`) * 1000);
    return build(+year!, +month! - 1, +day!, +hour, +minute, +second, ms, zone);
  }

  // RFC 822 and variants: optional weekday in any language, day, month name (cut or whole, up to
  // Spanish «septiembre»), 2/4-digit year, time, zone.
  m = /^(?:[^\d,]{2,12},? ?)?(\d{1,2}) ([^\d\s.]{3,10})\.? (\d{2,4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?(?: ?([A-Z]{1,5}|[+-]\d{2}:?\d{2}))?$/i.exec(s);
  if (m) {
    const [, day, monthName, year, hour = 0, minute = 0, second = 0, zone] = m;
    const name = monthName!.toLowerCase();
    // An unknown name is month -1, which build() refuses like any month out of range.
    const month = MONTHS[name] ?? MONTHS[name.slice(0, 3)] ?? -1;
    return build(+year!, month, +day!, +hour, +minute, +second, 0, zone);
  }
  return undefined;
}
