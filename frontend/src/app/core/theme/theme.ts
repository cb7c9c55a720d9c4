import { DOCUMENT } from '@angular/common';
import { Injectable, effect, inject, signal } from '@angular/core';

export type ThemeMode = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'crewbid.theme';

/**
 * Light or dark theme. Starts from the user's stored choice, else from the operating system's
 * preference, and remembers every toggle. Applied as `data-theme` on <html>, which styles.scss
 * turns into `color-scheme` for the Material 3 tokens.
 */
@Injectable({ providedIn: 'root' })
export class Theme {
  private readonly document = inject(DOCUMENT);
  private readonly storage = safeLocalStorage(this.document);
  private readonly current = signal<ThemeMode>(this.initialMode());

  readonly mode = this.current.asReadonly();

  constructor() {
    effect(() => {
      const mode = this.current();
      this.document.documentElement.setAttribute('data-theme', mode);
    });
  }

  toggle(): void {
    this.set(this.current() === 'dark' ? 'light' : 'dark');
  }

  set(mode: ThemeMode): void {
    this.current.set(mode);
    this.storage?.setItem(THEME_STORAGE_KEY, mode);
  }

  private initialMode(): ThemeMode {
    const stored = this.storage?.getItem(THEME_STORAGE_KEY);
    if (stored === 'light' || stored === 'dark') {
      return stored;
    }
    const view = this.document.defaultView;
    const prefersDark =
      typeof view?.matchMedia === 'function' &&
      view.matchMedia('(prefers-color-scheme: dark)').matches;
    return prefersDark ? 'dark' : 'light';
  }
}

/** localStorage, or null where it is unavailable (privacy modes, server rendering). */
export function safeLocalStorage(document: Document): Storage | null {
  try {
    return document.defaultView?.localStorage ?? null;
  } catch {
    return null;
  }
}
