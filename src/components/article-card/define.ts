import {ArticleCard} from './article-card.js';

ArticleCard.define();

export {ArticleCard};
