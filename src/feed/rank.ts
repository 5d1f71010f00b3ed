import type {FeedItem} from './model.js';
import {sameStem, stems} from './stem.js';

/**
 * Relevance scores: how much an item shares with the article at hand or with a partner's topics.
 * A tag or category says what an article is about more surely than a word of its title, and a
 * title more surely than its summary.
 */
const TAG_WEIGHT = 3;
const TITLE_WEIGHT = 2;
const SUMMARY_WEIGHT = 1;

const DAY = 24 * 60 * 60 * 1000;

/** `freshness` when none (or no positive number of days) is given. */
export const DEFAULT_FRESHNESS_DAYS = 30;

/** The words of an item that a topic or another article's title can match, as stems. */
interface ItemWords {
  /** Its tags and category in lower case (see lowerLabels), for a `related-to` match. */
  labels: Set<string>;
  /** Each tag (the category is one of them) as its own list of stems, so a phrase matches within one tag. */
  tags: string[][];
  title: string[];
  summary: string[];
}

/** Each item's words, found once: every list on a feed ranks the same item objects. */
const itemWords = new WeakMap<FeedItem, ItemWords>();

function wordsOf(item: FeedItem): ItemWords {
  let words = itemWords.get(item);
  if (!words) {
    const labels = lowerLabels(item);
    words = {labels, tags: [...labels].map(stems), title: stems(item.title), summary: stems(item.summary)};
    itemWords.set(item, words);
  }
  return words;
}

/** `found` has a form of `stem` (see sameStem). */
function hasForm(found: readonly string[], stem: string): boolean {
  return found.some((other) => sameStem(stem, other));
}

/** Every stem of `wanted` (a topic: scoreItems keeps only those with a word) has a form among `found` (a phrase's words in any order). */
function hasAll(found: readonly string[], wanted: readonly string[]): boolean {
  return wanted.every((stem) => hasForm(found, stem));
}

/** How well an item matches comma-separated topics: for each topic, the best field it is found in. */
function topicScore(words: ItemWords, topics: readonly string[][]): number {
  let score = 0;
  for (const topic of topics) {
    if (words.tags.some((tag) => hasAll(tag, topic))) score += TAG_WEIGHT;
    else if (hasAll(words.title, topic)) score += TITLE_WEIGHT;
    else if (hasAll(words.summary, topic)) score += SUMMARY_WEIGHT;
  }
  return score;
}

/** An item's tags and category in lower case: labels match whatever their case. */
export function lowerLabels(item: FeedItem): Set<string> {
  const labels = new Set(item.tags.map((tag) => tag.toLowerCase()));
  if (item.category) labels.add(item.category.toLowerCase());
  return labels;
}

/** How much an item shares with the article being read: its tags and category first, then words of its title (both items' words found once by wordsOf). */
function relatedScore(words: ItemWords, article: ItemWords): number {
  let score = 0;
  for (const label of article.labels) {
    if (words.labels.has(label)) score += TAG_WEIGHT;
  }
  for (const stem of article.title) {
    if (hasForm(words.title, stem)) score += 1;
  }
  return score;
}

/**
 * A score lowered by age, halved every `halfLifeDays`, as its base-2 logarithm: the same order as
 * `score × 0.5^(age / half-life)`, without that product rounding to 0 for old items and short
 * half-lives. An undated item counts as one half-life old: it may well be recent, but nothing says so.
 */
function fresher(score: number, item: FeedItem, now: number, halfLifeDays: number): number {
  const ageDays = item.date ? Math.max(0, now - item.date.getTime()) / DAY : halfLifeDays;
  return Math.log2(score) - ageDays / halfLifeDays;
}

/** Is the item an editors' pick at `now`: `pinned`, until `pinnedUntil` passes when there is one. */
export function isPinned(item: FeedItem, now: number): boolean {
  return item.pinned === true && (item.pinnedUntil === undefined || item.pinnedUntil > now);
}

export interface RelevanceOptions {
  /** The URL or id of the article being read: rank by what items share with it. */
  relatedTo?: string;
  /** Comma-separated words or phrases: rank by how well items match them. */
  topics?: string;
  /** Days for a match's score to halve with age (default {@link DEFAULT_FRESHNESS_DAYS}). */
  freshness?: number;
}

/** An item with how well it matches (0: not at all) and its rank, the score lowered by age. */
export interface Scored {
  item: FeedItem;
  score: number;
  rank: number;
}

/**
 * Scores `candidates` against `related-to` (when that article is in `all`), else against
 * `topics`, their ages measured from `now` (ms since the epoch); undefined when neither asks for
 * relevance. Which one was used is returned with them. `options` is read, not copied: a list
 * element passes itself, its settings being properties of its own.
 */
export function scoreItems(
  all: readonly FeedItem[],
  candidates: readonly FeedItem[],
  options: RelevanceOptions,
  now: number,
): {by: 'related' | 'topics'; scored: Scored[]} | undefined {
  const halfLife = options.freshness !== undefined && options.freshness > 0 ? options.freshness : DEFAULT_FRESHNESS_DAYS;
  const wanted = options.relatedTo?.trim();
  const article = wanted ? all.find((item) => item.id === wanted || item.url === wanted) : undefined;
  const topics = (options.topics ?? '').split(',').map(stems).filter((topic) => topic.length > 0);
  if (!article && topics.length === 0) return undefined;
  const scored = candidates.map((item) => {
    const words = wordsOf(item);
    const score = article ? relatedScore(words, wordsOf(article)) : topicScore(words, topics);
    return {item, score, rank: fresher(score, item, now, halfLife)};
  });
  return {by: article ? 'related' : 'topics', scored};
}
