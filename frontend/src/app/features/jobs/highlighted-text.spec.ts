import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { HighlightedText, segments } from './highlighted-text';
import { Highlighted } from './jobs-api';

@Component({
  imports: [HighlightedText],
  template: `<cb-highlighted-text [value]="value()" />`,
})
class Host {
  readonly value = signal<Highlighted>({ text: '', ranges: [] });
}

describe('HighlightedText', () => {
  it('splits text into marked and plain segments by the ranges', () => {
    expect(segments({ text: 'Senior Angular developer', ranges: [{ start: 7, end: 14 }] })).toEqual(
      [
        { text: 'Senior ', marked: false },
        { text: 'Angular', marked: true },
        { text: ' developer', marked: false },
      ],
    );
  });

  it('ignores ranges outside the text and overlapping ones', () => {
    expect(
      segments({
        text: 'abc',
        ranges: [
          { start: 1, end: 2 },
          { start: 1, end: 9 },
        ],
      }),
    ).toEqual([
      { text: 'a', marked: false },
      { text: 'b', marked: true },
      { text: 'c', marked: true },
    ]);
  });

  it('renders Upwork text as text: markup in it is never HTML', () => {
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.value.set({
      text: '<img src=x onerror=alert(1)> Angular',
      ranges: [{ start: 29, end: 36 }],
    });
    fixture.detectChanges();

    const element: HTMLElement = fixture.nativeElement;
    expect(element.querySelector('img')).toBeNull();
    expect(element.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(element.querySelector('mark')?.textContent).toBe('Angular');
  });
});
