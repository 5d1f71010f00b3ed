/** Registers every element under its default tag. Safe to import more than once. */
import {ArticleCard} from './components/article-card/article-card.js';
import {RelatedArticles} from './components/related-articles/related-articles.js';

ArticleCard.define();
RelatedArticles.define();

export * from './index.js';
