/** Heading levels outside 1–6 (or not a number) fall back to the element's default. */
export const clampLevel = (value: number, fallback: number): number =>
  Number.isInteger(value) && value >= 1 && value <= 6 ? value : fallback;
