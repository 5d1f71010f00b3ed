import {withUtm as tag} from '../internal/utm.js';

/** The CTA's tags: `utm_medium=support-banner`, the campaign id, and the variant id as `utm_content`. */
export const withUtm = (url: string, campaign: string, variant: string, source?: string): string =>
  tag(url, 'support-banner', campaign, variant, source);
