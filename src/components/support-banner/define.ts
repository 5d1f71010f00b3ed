import {SupportBanner} from './support-banner.js';

SupportBanner.define();

export {SupportBanner};
