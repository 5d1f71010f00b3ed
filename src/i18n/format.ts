/**
 * Intl-based formatting. Formatters are expensive to build and a page may hold
 * a hundred cards, so each (locale, zone) pair is built once and shared.
 */
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function memo<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/** An invalid locale or time zone from an attribute must not break rendering. */
function safeDateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(lang, options);
  } catch {
    const {timeZone: _ignored, ...rest} = options;
    try {
      return new Intl.DateTimeFormat(lang, rest);
    } catch {
      return new Intl.DateTimeFormat('uk', rest);
    }
  }
}

/** `29.01.2026` in uk; the locale's numeric day-month-year elsewhere. */
export function formatDate(date: Date, lang: string, timeZone?: string): string {
  return memo(`d|${lang}|${timeZone ?? ''}`, () =>
    safeDateFormat(lang, {day: '2-digit', month: '2-digit', year: 'numeric', timeZone}),
  ).format(date);
}

/** `14:00` in uk (24-hour where the locale uses it). */
export function formatTime(date: Date, lang: string, timeZone?: string): string {
  return memo(`t|${lang}|${timeZone ?? ''}`, () =>
    safeDateFormat(lang, {hour: '2-digit', minute: '2-digit', timeZone}),
  ).format(date);
}

/** A whole-unit money amount: `182 500 ₴` in uk. */
export function formatMoney(amount: number, currency: string, lang: string): string {
  try {
    return memo(`m|${lang}|${currency}`, () =>
      new Intl.NumberFormat(lang, {style: 'currency', currency, currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0}),
    ).format(amount);
  } catch {
    // A language tag that is no tag (`lang="constructor"`) or a currency the browser cannot show: the number and the code still read right.
    return `${amount.toLocaleString(undefined, {maximumFractionDigits: 0})} ${currency}`;
  }
}
