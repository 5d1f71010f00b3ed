import {inLanguage} from './strings.js';

/** The banner's UI strings (apart from the list's, so the articles-only file leaves them out). */
export interface BannerStrings {
  bannerLabel: string;
  close: string;
  alreadySupport: string;
  remindLater: string;
  /** The banner's default CTA label. */
  support: string;
  /** The goal's formatted amounts, raised of target. */
  goalOf: (raised: string, target: string) => string;
  /** `goalOf` once `raised` reaches `target`. */
  goalReached: (raised: string, target: string) => string;
  /** The goal bar's accessible name; its value is `goalOf`. */
  raised: string;
  /** Days left to a campaign's end, from the count with its unit («5 днів»). */
  daysLeft: (days: string) => string;
}

const uk: BannerStrings = {
  bannerLabel: 'Підтримка редакції',
  close: 'Закрити',
  alreadySupport: 'Я вже підтримую',
  remindLater: 'Нагадати пізніше',
  support: 'Підтримати',
  goalOf: (raised, target) => `${raised} з ${target}`,
  goalReached: (raised, target) => `Ціль досягнуто! ${raised} з ${target}`,
  raised: 'Зібрано',
  daysLeft: (days) => `Залишилось ${days}`,
};

const en: BannerStrings = {
  bannerLabel: 'Support the newsroom',
  close: 'Close',
  alreadySupport: 'I already support',
  remindLater: 'Remind me later',
  support: 'Support us',
  goalOf: (raised, target) => `${raised} of ${target}`,
  goalReached: (raised, target) => `Goal reached! ${raised} of ${target}`,
  raised: 'Raised',
  daysLeft: (days) => `${days} left`,
};

const byLanguage = {__proto__: null, uk, en};

/** The banner's strings for a BCP 47 tag: its primary language when we have it, else Ukrainian. */
export function bannerStrings(lang: string): BannerStrings {
  return inLanguage(byLanguage, lang);
}
