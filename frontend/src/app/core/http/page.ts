/** One page of a list endpoint: `{ items, page, size, totalItems }`. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly page: number;
  readonly size: number;
  readonly totalItems: number;
}

/** A page request as sent in `?page=&size=`. */
export interface PageRequest {
  readonly page: number;
  readonly size: number;
}

export const DEFAULT_PAGE_SIZE = 20;
export const PAGE_SIZE_OPTIONS: readonly number[] = [10, 20, 50];
