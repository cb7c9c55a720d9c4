import { DOCUMENT } from '@angular/common';
import { Injectable, computed, effect, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { Observable, catchError, of } from 'rxjs';
import { safeLocalStorage } from '../theme/theme';

export interface LanguageOption {
  readonly code: string;
  /** The language's name in itself, so people find their own language whatever is active. */
  readonly nativeName: string;
  /** The BCP 47 locale used for dates and numbers. */
  readonly locale: string;
}

export const LANGUAGES: readonly LanguageOption[] = [
  { code: 'en', nativeName: 'English', locale: 'en-GB' },
  { code: 'uk', nativeName: 'Українська', locale: 'uk-UA' },
];

export const DEFAULT_LANGUAGE = 'en';
export const LANGUAGE_STORAGE_KEY = 'crewbid.language';

/** The active language: remembered, reflected on <html lang>, and the locale for formatting. */
@Injectable({ providedIn: 'root' })
export class Language {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly storage = safeLocalStorage(this.document);

  readonly options = LANGUAGES;
  readonly code = this.transloco.activeLang;
  readonly locale = computed(() => localeOf(this.code()));

  constructor() {
    effect(() => this.document.documentElement.setAttribute('lang', this.code()));
  }

  /** The language to start with: the stored choice, else the browser's, else English. */
  initialLanguage(): string {
    const stored = this.storage?.getItem(LANGUAGE_STORAGE_KEY);
    if (stored && isSupported(stored)) {
      return stored;
    }
    const browser = this.document.defaultView?.navigator?.languages ?? [];
    const match = browser.map((tag) => tag.split('-')[0].toLowerCase()).find(isSupported);
    return match ?? DEFAULT_LANGUAGE;
  }

  /** Loads the initial language's translations; used once at start-up. */
  init(): Observable<unknown> {
    const lang = this.initialLanguage();
    this.transloco.setActiveLang(lang);
    // Start even without texts rather than not at all.
    return this.transloco.load(lang).pipe(catchError(() => of(null)));
  }

  use(code: string): void {
    if (!isSupported(code)) {
      return;
    }
    this.transloco.setActiveLang(code);
    this.storage?.setItem(LANGUAGE_STORAGE_KEY, code);
  }
}

export function localeOf(code: string): string {
  return LANGUAGES.find((l) => l.code === code)?.locale ?? code;
}

function isSupported(code: string): boolean {
  return LANGUAGES.some((l) => l.code === code);
}
