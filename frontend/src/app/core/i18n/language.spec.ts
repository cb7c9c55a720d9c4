import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { provideTranslocoForTests } from '../../../testing/providers';
import { LANGUAGE_STORAGE_KEY, Language } from './language';

describe('Language', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTranslocoForTests()] });
  });

  it('starts with the stored language', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'uk');
    expect(TestBed.inject(Language).initialLanguage()).toBe('uk');
  });

  it('ignores a stored language it does not have', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'xx');
    expect(['en', 'uk']).toContain(TestBed.inject(Language).initialLanguage());
  });

  it('switches, remembers the choice and marks the page language', () => {
    const language = TestBed.inject(Language);
    const transloco = TestBed.inject(TranslocoService);

    language.use('uk');
    TestBed.tick();

    expect(transloco.translate('signIn.submit')).toBe('Увійти');
    expect(language.locale()).toBe('uk-UA');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('uk');
    expect(document.documentElement.getAttribute('lang')).toBe('uk');
  });

  it('refuses a language it does not have', () => {
    const language = TestBed.inject(Language);
    language.use('de');
    expect(language.code()).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();
  });
});
