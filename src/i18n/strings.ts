/** UI strings. Ukrainian is the publisher's language and the default. */
export interface Strings {
  articlesHeading: string;
  allArticles: string;
  emptyArticles: string;
  /** An empty list because nothing has the `category`; `{category}` is replaced by it. */
  emptyCategory: string;
  errorArticles: string;
  sponsored: string;
  bannerLabel: string;
  close: string;
  alreadySupport: string;
  /** The banner's default CTA label. */
  support: string;
  /** `{raised}` and `{target}` are replaced by formatted amounts. */
  goalOf: string;
  /** The goal bar's accessible name; its value is `goalOf`. */
  raised: string;
}

const uk: Strings = {
  articlesHeading: 'Статті',
  allArticles: 'Всі статті',
  emptyArticles: 'Статей поки немає.',
  emptyCategory: 'У категорії «{category}» статей немає.',
  errorArticles: 'Не вдалося завантажити статті.',
  sponsored: 'Партнерський матеріал',
  bannerLabel: 'Підтримка редакції',
  close: 'Закрити',
  alreadySupport: 'Я вже підтримую',
  support: 'Підтримати',
  goalOf: '{raised} з {target}',
  raised: 'Зібрано',
};

const en: Strings = {
  articlesHeading: 'Articles',
  allArticles: 'All articles',
  emptyArticles: 'No articles yet.',
  emptyCategory: 'No articles in the category “{category}”.',
  errorArticles: 'Could not load the articles.',
  sponsored: 'Sponsored',
  bannerLabel: 'Support the newsroom',
  close: 'Close',
  alreadySupport: 'I already support',
  support: 'Support us',
  goalOf: '{raised} of {target}',
  raised: 'Raised',
};

// No prototype: a tag like `constructor` or `__proto__` must find no strings, and fall back.
const byLanguage = {__proto__: null, uk, en} as unknown as Record<string, Strings | undefined>;

/** Strings for a BCP 47 tag: its primary language when we have it, else Ukrainian. */
export function strings(lang: string): Strings {
  return byLanguage[primary(lang)] ?? uk;
}

export function primary(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0] ?? '';
}
