// The banner page's "Check your config" box: a pasted campaign config checked against
// banner.schema.json, in the reader's browser, nothing sent anywhere. The schema is compiled
// at build time (scripts/banner-schema.mjs), so this page runs no generated code of its own
// making. Everything the config says is shown as text, never as HTML.
import {validate} from '../dist/docs/banner-config-validate.js';
import {checkConfigText} from './banner-config-errors.mjs';

/** The list of problems, each its JSON pointer (the top level named as such) and its message. */
function problemList(problems: {pointer: string; message: string}[]): HTMLUListElement {
  const list = document.createElement('ul');
  for (const {pointer, message} of problems) {
    const item = document.createElement('li');
    const where = document.createElement('code');
    where.textContent = pointer || '(the whole file)';
    item.append(where, ` ${message}`);
    list.append(item);
  }
  return list;
}

function setUp(form: HTMLFormElement): void {
  const text = form.querySelector('textarea')!;
  const result = form.querySelector<HTMLElement>('[role="status"]')!;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const problems = checkConfigText(text.value, validate);
    const heading = document.createElement('p');
    result.dataset.valid = String(problems.length === 0);
    if (!problems.length) {
      heading.textContent = 'Valid: this is a version 1 campaign config the banner reads as it is.';
      result.replaceChildren(heading);
      return;
    }
    heading.textContent = problems.length === 1 ? '1 problem:' : `${problems.length} problems:`;
    result.replaceChildren(heading, problemList(problems));
  });
}

const form = document.querySelector<HTMLFormElement>('form#config-check');
if (form) setUp(form);
