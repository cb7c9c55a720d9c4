import { ValidatorFn } from '@angular/forms';

/** An absolute http(s) URL, or empty. */
export const urlValidator: ValidatorFn = (control) => {
  const value = (control.value ?? '').toString().trim();
  if (value === '') {
    return null;
  }
  return isHttpUrl(value) ? null : { url: true };
};

/** An absolute https URL, or empty. */
export const httpsUrlValidator: ValidatorFn = (control) => {
  const value = (control.value ?? '').toString().trim();
  if (value === '') {
    return null;
  }
  return isHttpsUrl(value) ? null : { httpsUrl: true };
};

export function isHttpUrl(value: string | null | undefined): boolean {
  const url = parseUrl(value);
  return url !== null && (url.protocol === 'http:' || url.protocol === 'https:');
}

export function isHttpsUrl(value: string | null | undefined): boolean {
  return parseUrl(value)?.protocol === 'https:';
}

function parseUrl(value: string | null | undefined): URL | null {
  if (!value) {
    return null;
  }
  try {
    const url = new URL(value.trim());
    return url.hostname ? url : null;
  } catch {
    return null;
  }
}
