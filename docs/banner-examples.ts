// The banner page's live examples of issue 28's appeals: configs given through the `config`
// property, so the deadline is always a few days from the reader's visit.

const DAY = 864e5;
const cta = {label: 'Підтримати', url: 'https://ostrov.example/support/'};
const heading = 'Незалежна журналістика з Донбасу';
const message = 'Раніше «ОстроВ» підтримували грантодавці. Сьогодні нашу незалежність збереже тільки Ваша підтримка';

/** One campaign with one variant, in the `banner.json` shape. */
const single = (id: string, campaign: Record<string, unknown>, variant: Record<string, unknown>) => ({
  version: 1,
  campaigns: [{id, ...campaign, variants: [{id: 'v', heading, message, cta, ...variant}]}],
});

const examples: Record<string, unknown> = {
  epic: single(
    'docs-epic',
    {max_views: {epic: {count: 3, days: 7}}},
    {
      heading: 'Чому ми просимо',
      message: [
        'Раніше «ОстроВ» підтримували грантодавці. Сьогодні нашу незалежність збереже тільки Ваша підтримка.',
        'Ми пишемо з Донбасу для тих, хто там живе, і для тих, хто мусив виїхати. Без реклами і без платного доступу.',
      ],
      goal: {raised: 182500, target: 300000, currency: 'UAH'},
    },
  ),
  reached: single('docs-reached', {}, {goal: {raised: 312400, target: 300000, currency: 'UAH', reached_message: 'Дякуємо! Ми зібрали на рік роботи редакції.'}}),
  deadline: single(
    'docs-deadline',
    {end: new Date(Date.now() + 4.5 * DAY).toISOString(), show_deadline: true, remind_later: true},
    {goal: {raised: 182500, target: 300000, currency: 'UAH'}},
  ),
};

for (const banner of document.querySelectorAll<HTMLElement & {config?: unknown}>('support-banner[data-appeal]')) {
  banner.config = examples[banner.dataset.appeal!];
}
