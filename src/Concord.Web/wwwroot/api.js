// The JSON API of this server: every figure the dashboard shows is one of its answers.

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, v);
  return q.toString();
}

export async function api(path, params) {
  const url = `/api/${path}?${query(params || {})}`;
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) {
    const error = new Error(body.detail || body.title || `HTTP ${response.status}`);
    error.status = response.status;
    throw error;
  }
  return body;
}

// One answer per question and parameters for one drawing of the page: two panels asking the same question (the
// headline and the chart both read the yearly agreement) share one request.
export function asker() {
  const asked = new Map();
  return (path, params) => {
    const key = `${path}?${query(params || {})}`;
    if (!asked.has(key)) asked.set(key, api(path, params));
    return asked.get(key);
  };
}
