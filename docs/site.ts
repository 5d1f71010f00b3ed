// Every page: the copy buttons of code blocks (the sample feeds' faults on a static host are
// docs/sample-faults.js, which has to run before the bundle).

/** Copies text; `navigator.clipboard` where the page may use it, else the older selection route. */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.style.cssText = 'position:fixed;opacity:0';
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}

/** A button says it copied for a moment, so a reader knows the click worked. */
export function flash(button: HTMLElement, label = 'Copied'): void {
  const text = button.dataset.label ?? button.textContent ?? '';
  button.dataset.label = text;
  button.textContent = label;
  button.dataset.copied = '';
  setTimeout(() => {
    button.textContent = text;
    delete button.dataset.copied;
  }, 1500);
}

document.addEventListener('click', (e) => {
  const button = (e.target as Element).closest?.('.code > button.copy');
  if (!(button instanceof HTMLElement)) return;
  const code = button.parentElement!.querySelector('pre')!.textContent ?? '';
  void copyText(code).then(() => flash(button));
});
