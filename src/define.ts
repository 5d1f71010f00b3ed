/** Registers every element under its default tag. Safe to import more than once. */
import {ArticleCard} from './components/article-card/article-card.js';
import {RelatedArticles} from './components/related-articles/related-articles.js';
import {SupportBanner} from './components/support-banner/support-banner.js';

ArticleCard.define();
RelatedArticles.define();
SupportBanner.define();

export * from './index.js';
