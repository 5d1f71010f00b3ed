// The banner page's live examples of issue 28's appeals. Each banner is built here with its
// config given before it joins the page: a banner already in the HTML would decide once with no
// config (and warn) when the bundle in <head> defines it before this module runs. The configs
// are written here so the deadline is always a few days from the reader's visit.

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

/** The site's code box (docs/site-plugin.mjs writes the same markup; site.ts wires its copy button). */
function codeBox(label: string, text: string): HTMLElement {
  const box = Object.assign(document.createElement('div'), {className: 'code'});
  const copy = Object.assign(document.createElement('button'), {type: 'button', className: 'copy', textContent: 'Copy'});
  const code = Object.assign(document.createElement('code'), {className: 'language-json', textContent: text});
  box.append(Object.assign(document.createElement('div'), {className: 'code-label', textContent: label}), copy);
  box.append(document.createElement('pre'));
  box.lastElementChild!.append(code);
  return box;
}

for (const figure of document.querySelectorAll<HTMLElement>('figure[data-appeal]')) {
  const config = examples[figure.dataset.appeal!];
  const banner = Object.assign(document.createElement('support-banner') as HTMLElement & {config?: unknown}, {lang: 'uk', config});
  if (figure.dataset.placement) banner.setAttribute('placement', figure.dataset.placement);
  // The config is long beside the banner it makes: folded, one click away.
  const source = document.createElement('details');
  source.append(Object.assign(document.createElement('summary'), {textContent: 'Its banner.json'}), codeBox('banner.json', JSON.stringify(config, null, 2)));
  figure.append(banner, source);
}
