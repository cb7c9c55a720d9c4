import { TestBed } from '@angular/core/testing';
import { THEME_STORAGE_KEY, Theme } from './theme';

function prefersDark(dark: boolean): void {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    writable: true,
    value: (query: string) => ({
      matches: dark && query === '(prefers-color-scheme: dark)',
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }),
  });
}

describe('Theme', () => {
  const originalMatchMedia = window.matchMedia;

  beforeEach(() => {
    localStorage.clear();
    document.documentElement.removeAttribute('data-theme');
  });

  afterEach(() => {
    Object.defineProperty(window, 'matchMedia', {
      configurable: true,
      writable: true,
      value: originalMatchMedia,
    });
  });

  function create(): Theme {
    const theme = TestBed.inject(Theme);
    TestBed.tick();
    return theme;
  }

  it('follows the operating system when nothing is stored (dark)', () => {
    prefersDark(true);

    const theme = create();

    expect(theme.mode()).toBe('dark');
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
  });

  it('follows the operating system when nothing is stored (light)', () => {
    prefersDark(false);

    expect(create().mode()).toBe('light');
  });

  it('prefers the stored choice over the operating system', () => {
    prefersDark(true);
    localStorage.setItem(THEME_STORAGE_KEY, 'light');

    expect(create().mode()).toBe('light');
  });

  it('ignores a corrupt stored value', () => {
    prefersDark(false);
    localStorage.setItem(THEME_STORAGE_KEY, 'purple');

    expect(create().mode()).toBe('light');
  });

  it('toggles, applies and remembers the theme', () => {
    prefersDark(false);
    const theme = create();

    theme.toggle();
    TestBed.tick();

    expect(theme.mode()).toBe('dark');
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');

    theme.toggle();
    TestBed.tick();

    expect(document.documentElement.getAttribute('data-theme')).toBe('light');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('light');
  });
});
