/** UI strings of the article list and cards (the banner's are in banner-strings.ts, so the articles-only file leaves them out). Ukrainian is the publisher's language and the default. */
export interface Strings {
  articlesHeading: string;
  allArticles: string;
  emptyArticles: string;
  /** An empty list because nothing has the `category`. */
  emptyCategory: (category: string) => string;
  errorArticles: string;
  sponsored: string;
}

const uk: Strings = {
  articlesHeading: 'Статті',
  allArticles: 'Всі статті',
  emptyArticles: 'Статей поки немає.',
  emptyCategory: (category) => `У категорії «${category}» статей немає.`,
  errorArticles: 'Не вдалося завантажити статті.',
  sponsored: 'Партнерський матеріал',
};

const en: Strings = {
  articlesHeading: 'Articles',
  allArticles: 'All articles',
  emptyArticles: 'No articles yet.',
  emptyCategory: (category) => `No articles in the category “${category}”.`,
  errorArticles: 'Could not load the articles.',
  sponsored: 'Sponsored',
};

/**
 * The strings for a BCP 47 tag from a table by language: its primary language when
 * the table has it, else Ukrainian. Tables have no prototype (`{__proto__: null, …}`):
 * a tag like `constructor` or `__proto__` must find no strings, and fall back.
 */
export function inLanguage<T>(table: {uk: T; en: T}, lang: string): T {
  return (table as unknown as Record<string, T | undefined>)[primary(lang)] ?? table.uk;
}

const byLanguage = {__proto__: null, uk, en};

/** The list's and cards' strings for a BCP 47 tag. */
export function strings(lang: string): Strings {
  return inLanguage(byLanguage, lang);
}

export function primary(lang: string): string {
  // split() always gives at least one part.
  return lang.toLowerCase().split(/[-_]/)[0]!;
}
