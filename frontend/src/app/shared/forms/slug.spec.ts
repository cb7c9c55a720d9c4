import { FormControl } from '@angular/forms';
import { slugValidator, slugify } from './slug';

describe('slugify', () => {
  it('lower-cases and joins words with single hyphens', () => {
    expect(slugify('  Acme   Design -- Studio! ')).toBe('acme-design-studio');
  });

  it('drops accents and spells out ampersands', () => {
    expect(slugify('Café & Crème')).toBe('cafe-and-creme');
  });

  it('transliterates Ukrainian names', () => {
    expect(slugify('Київська Студія')).toBe('kyivska-studiia');
  });

  it('never ends with a hyphen after truncation', () => {
    const slug = slugify(`${'a'.repeat(62)} b`);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.length).toBeLessThanOrEqual(63);
  });
});

describe('slugValidator', () => {
  it.each(['acme', 'acme-2', 'a1-b2-c3'])('accepts %s', (slug) => {
    expect(slugValidator(new FormControl(slug))).toBeNull();
  });

  it.each(['Acme', 'acme_studio', '-acme', 'acme--studio', 'acme-'])('rejects %s', (slug) => {
    expect(slugValidator(new FormControl(slug))).toEqual({ slug: true });
  });
});
