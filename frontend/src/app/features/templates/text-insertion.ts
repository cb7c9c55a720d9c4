/** A text with something put in place of the selection, and where the caret goes after it. */
export interface Insertion {
  readonly value: string;
  readonly caret: number;
}

/**
 * Puts `text` in place of `value`'s selection from `start` to `end` (a caret when they are equal),
 * clamping positions that lie outside the value (e.g. a field that never had focus).
 */
export function insertAt(
  value: string,
  start: number | null,
  end: number | null,
  text: string,
): Insertion {
  const from = clamp(start ?? value.length, value.length);
  const to = Math.max(from, clamp(end ?? from, value.length));
  return { value: value.slice(0, from) + text + value.slice(to), caret: from + text.length };
}

/** The Mustache tag for a variable, as the palette inserts it. */
export function variableTag(key: string): string {
  return `{{${key}}}`;
}

function clamp(position: number, length: number): number {
  return Math.min(Math.max(0, position), length);
}
