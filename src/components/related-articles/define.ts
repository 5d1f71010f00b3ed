import {RelatedArticles} from './related-articles.js';

RelatedArticles.define();

export {RelatedArticles};
