// A small emulation of the HSDS 3.0 API over the built-in sample data (sample/hsds/services.json), so that the
// demo, Storybook and the tests exercise <senior-service-finder>'s API mode: `GET /` and `GET /services` with
// `page`/`per_page` (at most 10 per page, as real servers cap page sizes), `GET /services/{id}`.
// `.../fail-from-page-2/services` answers page 2 and later with HTTP 500, for the "incomplete list" state.
// Pure (no Node imports): the Node sample server and Storybook's in-browser copy both use it.

const MAX_PER_PAGE = 10;

function json(status, value) {
  return { status, headers: { 'access-control-allow-origin': '*', 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(value) };
}

/**
 * Answers a path below the API base ("", "/", "/services", "/services/<id>", "/fail-from-page-2/services").
 * @param {string} path
 * @param {URLSearchParams} searchParams
 * @param {() => Promise<{ contents: object[] }>} readPage the whole sample page
 */
export async function answerHsdsApi(path, searchParams, readPage) {
  const failing = path.startsWith('/fail-from-page-2');
  const rest = failing ? path.slice('/fail-from-page-2'.length) : path;
  if (rest === '' || rest === '/') return json(200, { version: '3.0', profile: 'https://senioren.herne.example/hsds-profil', openapi_url: 'https://openreferral.org/' });
  const { contents } = await readPage();
  const single = /^\/services\/([^/]+)$/.exec(rest);
  if (single) {
    const found = contents.find((service) => service.id === decodeURIComponent(single[1]));
    return found ? json(200, found) : json(404, { message: 'Nicht gefunden' });
  }
  if (rest !== '/services' && rest !== '/services/') return json(404, { message: 'Nicht gefunden' });
  const size = Math.min(Math.max(1, Number(searchParams.get('per_page')) || MAX_PER_PAGE), MAX_PER_PAGE);
  const totalPages = Math.max(1, Math.ceil(contents.length / size));
  const page = Math.max(1, Math.floor(Number(searchParams.get('page')) || 1));
  if (failing && page >= 2) return json(500, { message: 'Interner Fehler (gewollt)' });
  const slice = contents.slice((page - 1) * size, page * size);
  // Without full=true, list items carry only one-to-one fields (HSDS 3.0 API).
  const items = searchParams.get('full') === 'true' ? slice : slice.map(({ id, name, description, status, url, email }) => ({ id, name, description, status, url, email }));
  return json(200, {
    total_items: contents.length,
    total_pages: totalPages,
    page_number: page,
    size: items.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: items.length === 0,
    contents: items,
  });
}
