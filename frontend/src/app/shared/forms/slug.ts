import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl, FormControl, ValidationErrors } from '@angular/forms';

/** Ukrainian letters in Latin script, after the national transliteration table (2010). */
// prettier-ignore
const UKRAINIAN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y',
  і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's',
  т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu',
  я: 'ia', ъ: '', ы: 'y', э: 'e', ё: 'io',
};

export const SLUG_MAX_LENGTH = 63;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "Acme Design Studio" → "acme-design-studio"; lower-case letters, digits and single dashes. */
export function slugify(name: string): string {
  const latin = Array.from(name.toLowerCase())
    .map((ch) => UKRAINIAN[ch] ?? ch)
    .join('')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  return latin
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/g, '');
}

/** Validates a slug typed by hand (empty is left to `Validators.required`). */
export function slugValidator(control: AbstractControl): ValidationErrors | null {
  const value = (control.value ?? '') as string;
  return value === '' || SLUG_PATTERN.test(value) ? null : { slug: true };
}

/**
 * Fills `slug` from `name` until the user types a slug of their own. Call in an injection context;
 * returns the handler for the slug field's `(input)` event.
 */
export function deriveSlugFromName(
  name: FormControl<string>,
  slug: FormControl<string>,
): () => void {
  let edited = false;
  name.valueChanges.pipe(takeUntilDestroyed()).subscribe((value) => {
    if (!edited) {
      slug.setValue(slugify(value));
    }
  });
  return () => {
    edited = slug.value !== '' && slug.value !== slugify(name.value);
  };
}
