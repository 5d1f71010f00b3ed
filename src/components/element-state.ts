import type {ReactiveControllerHost} from '@lit/reactive-element';

/**
 * An element's readable state, the same for every element: the value for its
 * `state` property, the CSS custom state of the same name (`:state(hidden)`,
 * through the ElementInternals the base class attached), the `state` attribute
 * on the host (`[state=hidden]`: the fallback that works in every engine, so it
 * is always written, not only where `:state()` is missing), and `settled()`
 * for scripts that want the next state that is not the loading one.
 *
 * Every element's states include `loading`: the state before its first
 * update, and the one `settled()` waits past.
 */
export class ElementState<S extends string> {
  /** The state shown; undefined until the first `set`, which writes the attribute even for the initial value. */
  private current?: S;
  /** Resolvers of `settled()` calls waiting for a state other than `loading` (made on the first call: most elements never have one). */
  private waiting?: Array<(state: S) => void>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly internals: ElementInternals | undefined,
  ) {}

  get value(): S {
    return this.current ?? ('loading' as S);
  }

  /** Call from the host's `willUpdate`: the state is written in the same update that renders it. */
  set(next: S): void {
    const previous = this.current;
    if (next === previous) return;
    this.current = next;
    this.host.setAttribute('state', next);
    const states = this.internals?.states;
    try {
      if (previous) states?.delete(previous);
      states?.add(next);
    } catch {
      // Chromium before 125 takes only `--`-prefixed names: the attribute is the selector there.
    }
    if (next === 'loading') return;
    // A resolved promise runs its callbacks later, so none of them can wait again before this list goes.
    for (const resolve of this.waiting ?? []) resolve(next);
    this.waiting = undefined;
  }

  /**
   * The next settled state: after any update already requested (a `src` set just
   * now counts), the state then if it is not `loading`, or the next one that is not.
   */
  async settled(): Promise<S> {
    await this.host.updateComplete;
    if (this.value !== 'loading') return this.value;
    return new Promise<S>((resolve) => {
      this.waiting ??= [];
      this.waiting.push(resolve);
    });
  }
}
