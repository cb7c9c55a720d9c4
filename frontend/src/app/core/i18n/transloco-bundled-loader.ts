import { Injectable } from '@angular/core';
import { Translation, TranslocoLoader } from '@jsverse/transloco';

/**
 * Translations ship inside the build as lazy, content-hashed chunks: no extra URL for the server
 * to expose to signed-out users, and no stale texts from a browser cache after a release.
 */
const TRANSLATIONS: Record<string, () => Promise<{ default: Translation }>> = {
  en: () => import('../../../i18n/en.json'),
  uk: () => import('../../../i18n/uk.json'),
};

@Injectable({ providedIn: 'root' })
export class TranslocoBundledLoader implements TranslocoLoader {
  async getTranslation(lang: string): Promise<Translation> {
    const load = TRANSLATIONS[lang];
    if (!load) {
      throw new Error(`No translation for "${lang}"`);
    }
    return (await load()).default;
  }
}
