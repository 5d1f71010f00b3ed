import {primary} from './strings.js';

/**
 * Intl-based formatting. Date formatters are expensive to build and a page may
 * hold a hundred cards, so each (options, locale, zone) is built once and shared.
 */
const dateFormatters: Record<string, Intl.DateTimeFormat> = {};

/**
 * An invalid locale or time zone from an attribute must not break rendering: a zone Intl refuses is
 * dropped, a language tag it refuses (`uk_UA`) is Ukrainian, each keeping the other where it is valid.
 */
function safeDateFormat(lang: string, timeZone: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(lang, {...options, timeZone});
  } catch {
    try {
      return new Intl.DateTimeFormat(lang, options);
    } catch {
      return safeDateFormat('uk', timeZone, options);
    }
  }
}

/**
 * The locale dates are shown in: a bare `en` reads day-first ("29 Jan 2026",
 * unambiguous on both sides of the Atlantic); a regional tag (`en-US`,
 * `en-GB`, `de-AT`) follows its region.
 */
const dateLocale = (lang: string) => (lang.toLowerCase() === 'en' ? 'en-GB' : lang);

/**
 * Ukrainian in the reader's own time zone, the publisher's everyday case, is
 * written without Intl: the first Intl date formatter a page builds loads the
 * browser's locale data, and on a slow machine that wait would sit between the
 * feed's arrival and the cards (BENCHMARKS.md has the measurement). The text is
 * Intl's own, character for character (test/unit/format.test.ts compares them
 * over random dates in every engine); any other language, or a `time-zone`,
 * goes through Intl.
 */
const isUkrainianLocal = (lang: string, timeZone?: string) => !timeZone && /^uk(-ua)?$/i.test(lang);
/** Month names in the genitive, as a date says them: «29 січня 2026». */
const UK_MONTHS = 'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня'.split(' ');
const twoDigits = (value: number) => String(value).padStart(2, '0');

/** One formatter per options, language and zone (no zone reads `undefined`, no zone's name). */
function dateFormat(lang: string, timeZone: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  // The options as JSON name them in the key (a few keys, cheap beside the formatter). Every key holds a '|',
  // so none is a name Object.prototype has.
  const key = `${JSON.stringify(options)}|${lang}|${timeZone}`;
  dateFormatters[key] ??= safeDateFormat(dateLocale(lang), timeZone, options);
  return dateFormatters[key];
}

/** `29.01.2026` in uk (the publisher's own form); the month abbreviated elsewhere, never an ambiguous 01/02. */
export function formatDate(date: Date, lang: string, timeZone?: string): string {
  if (isUkrainianLocal(lang, timeZone)) return `${twoDigits(date.getDate())}.${twoDigits(date.getMonth() + 1)}.${date.getFullYear()}`;
  return dateFormat(lang, timeZone, primary(lang) === 'uk' ? {day: '2-digit', month: '2-digit', year: 'numeric'} : {day: 'numeric', month: 'short', year: 'numeric'}).format(date);
}

/** `14:00` in uk; `2:00 PM` where the region uses a 12-hour clock. */
export function formatTime(date: Date, lang: string, timeZone?: string): string {
  if (isUkrainianLocal(lang, timeZone)) return `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
  return dateFormat(lang, timeZone, {timeStyle: 'short'}).format(date);
}

/**
 * Date and time as a screen reader should say them: «29 січня 2026, 14:00»,
 * "29 January 2026, 14:00" (numeric dates are read digit by digit), from the
 * time `formatTime` wrote; the day alone for a date without one. The
 * Ukrainian year abbreviation «р.» is dropped: it is spoken as a letter.
 */
export function spokenDate(date: Date, lang: string, timeZone: string | undefined, clock: string | false | undefined): string {
  const day = isUkrainianLocal(lang, timeZone)
    ? `${date.getDate()} ${UK_MONTHS[date.getMonth()]} ${date.getFullYear()}`
    : dateFormat(lang, timeZone, {day: 'numeric', month: 'long', year: 'numeric'}).format(date).replace(/\s*р\.$/, '');
  return clock ? `${day}, ${clock}` : day;
}

/**
 * A number in the reader's language, or `fallback` when the browser cannot write it (a language
 * tag that is no tag, `lang="constructor"`, or a currency it does not know). Not cached like the
 * dates: a banner writes a few numbers once, where a page may hold a hundred dated cards.
 */
function formatNumber(value: number, lang: string, options: Intl.NumberFormatOptions, fallback: string): string {
  try {
    return new Intl.NumberFormat(lang, options).format(value);
  } catch {
    return fallback;
  }
}

/** A whole-unit money amount: `182 500 ₴` in uk; without Intl's help, the number and the code. */
export const formatMoney = (amount: number, currency: string, lang: string): string =>
  formatNumber(
    amount,
    lang,
    {style: 'currency', currency, currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0},
    `${amount.toLocaleString(undefined, {maximumFractionDigits: 0})} ${currency}`,
  );

/** A count of days with its unit, in the language's plural form: «5 днів», "1 day"; the number alone without Intl's help. */
export const formatDays = (days: number, lang: string): string => formatNumber(days, lang, {style: 'unit', unit: 'day', unitDisplay: 'long'}, String(days));
