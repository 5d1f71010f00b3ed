/**
 * The articles-only script-tag entry (`dist/related-articles.js`): registers
 * `<related-articles>` and `<article-card>`, without the banner's code, for
 * partners who embed only articles. Same global and the same guards as
 * `newsroom-widgets.js`; loading both is harmless.
 */
import {ArticleCard} from './components/article-card/article-card.js';
import {RelatedArticles} from './components/related-articles/related-articles.js';
import {exposeGlobal} from './internal/global.js';

ArticleCard.define();
RelatedArticles.define();
exposeGlobal();
