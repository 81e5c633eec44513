// Pure helpers shared by the Node sample server and Storybook's in-browser copy of it (no Node imports here).

export const PLACEHOLDER_ORIGIN = 'https://ris.herne.example';
/** Small pages, so that the demo exercises paging as real servers (25 per page) do with more data. */
export const SAMPLE_PAGE_SIZE = 5;

/** Replaces the placeholder origin of the sample data with the serving base ("http://127.0.0.1:5173/sample/"). */
export function rewriteOrigin(text, base) {
  return text.replaceAll(`${PLACEHOLDER_ORIGIN}/`, base);
}

/** One page of a whole OParl list object, with pagination and links as a real server writes them. */
export function pageOfList(list, self, searchParams) {
  const limit = Number(searchParams.get('limit'));
  const size = limit > 0 ? Math.min(limit, 100) : SAMPLE_PAGE_SIZE;
  const totalPages = Math.max(1, Math.ceil(list.data.length / size));
  const current = Math.min(Math.max(1, Number(searchParams.get('page')) || 1), totalPages);
  const at = (n) => `${self}?page=${n}${limit > 0 ? `&limit=${size}` : ''}`;
  return {
    data: list.data.slice((current - 1) * size, current * size),
    pagination: { totalElements: list.data.length, elementsPerPage: size, currentPage: current, totalPages },
    links: {
      first: at(1),
      ...(current > 1 ? { prev: at(current - 1) } : {}),
      self: at(current),
      ...(current < totalPages ? { next: at(current + 1) } : {}),
      last: at(totalPages),
    },
  };
}
