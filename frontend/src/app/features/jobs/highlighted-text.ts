import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { Highlighted } from './jobs-api';

interface Segment {
  readonly text: string;
  readonly marked: boolean;
}

/**
 * Splits highlighted text into segments by its ranges. Upwork's text stays text: segments are
 * interpolated (escaped by Angular), and only our own `<mark>` elements carry the highlight.
 */
export function segments(value: Highlighted): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  const ranges = [...value.ranges].sort((a, b) => a.start - b.start);
  for (const range of ranges) {
    const start = Math.max(at, Math.min(range.start, value.text.length));
    const end = Math.max(start, Math.min(range.end, value.text.length));
    if (start > at) {
      out.push({ text: value.text.slice(at, start), marked: false });
    }
    if (end > start) {
      out.push({ text: value.text.slice(start, end), marked: true });
    }
    at = end;
  }
  if (at < value.text.length) {
    out.push({ text: value.text.slice(at), marked: false });
  }
  return out;
}

/** Renders search-highlighted text safely: `<cb-highlighted-text [value]="job.title" />`. */
@Component({
  selector: 'cb-highlighted-text',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@for (s of parts(); track $index) {
    @if (s.marked) {
      <mark>{{ s.text }}</mark>
    } @else {
      {{ s.text }}
    }
  }`,
  styles: `
    mark {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      border-radius: 2px;
      padding: 0 1px;
      font-weight: 600;
    }
  `,
})
export class HighlightedText {
  readonly value = input.required<Highlighted>();
  protected readonly parts = computed(() => segments(this.value()));
}
