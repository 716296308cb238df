// Twelve cards fill four rows of three on a desktop and stay scannable on a phone.
export const PAGE_SIZE = 12;

export type Page<T> = { items: T[]; page: number; pageCount: number; total: number };

/** Parses a ?page= value: anything that is not a positive whole number is page 1. */
export function parsePageNumber(raw: string | undefined): number {
  if (!raw || !/^\d{1,4}$/.test(raw)) return 1;
  return Math.max(1, Number(raw));
}

/** One page of items; a page past the end shows the last page rather than nothing. */
export function paginate<T>(items: readonly T[], requested: number, size = PAGE_SIZE): Page<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const page = Math.min(Math.max(1, Math.floor(requested)), pageCount);
  return {
    items: items.slice((page - 1) * size, page * size),
    page,
    pageCount,
    total: items.length,
  };
}
