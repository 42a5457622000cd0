// Calls the REST API with the session cookie; changes carry the session's CSRF token.
let csrfToken = null;
let onUnauthorized = () => {};

export function useSession(token, whenLoggedOut) {
  csrfToken = token;
  onUnauthorized = whenLoggedOut || onUnauthorized;
}

/** An error answer: status and its problem+json body. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** The session's CSRF token, for requests made without api() (an upload with its progress). */
export const csrf = () => csrfToken;

export async function api(method, path, { body, etag, headers: extra } = {}) {
  const headers = { Accept: 'application/json', ...extra };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (etag) headers['If-Match'] = etag;
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = { detail: text };
    }
  }
  if (!response.ok) {
    const error = new ApiError(response.status, data || { title: response.statusText });
    if (response.status === 401 && path !== '/api/session') onUnauthorized();
    throw error;
  }
  return { data, etag: response.headers.get('ETag'), status: response.status };
}

export const get = (path) => api('GET', path).then((r) => r.data);

/** Every item of a cursor-paginated list, up to a bound. */
export async function all(path, max = 1000) {
  const items = [];
  let cursor = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const page = await get(`${path}${sep}limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && items.length < max);
  return items;
}

/** What went wrong, in the server's words, with the fields it names. */
export function problemText(err) {
  const detail = err.message;
  const fields = (err.problem?.errors || [])
    .filter((x) => !detail.includes(x.message))
    .map((x) => `${x.field}: ${x.message}`);
  return fields.length ? `${detail} (${fields.join('; ')})` : detail;
}
