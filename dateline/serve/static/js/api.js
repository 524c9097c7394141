// The HTTP API, as the dashboard uses it. Addresses are relative, so the dashboard works
// behind a reverse proxy under any prefix.

export class ApiError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title || "request failed");
    this.problem = problem;
    this.status = problem.status;
  }
}

export function url(path, params = {}) {
  const address = new URL(path, document.baseURI);
  for (const [name, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === "") continue;
    for (const item of Array.isArray(value) ? value : [value]) address.searchParams.append(name, item);
  }
  return address;
}

async function request(path, { params, method = "GET", body, token, contentType } = {}) {
  const headers = { Accept: "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers["Content-Type"] = contentType || "application/json";
  const response = await fetch(url(path, params), {
    method, headers, body: body === undefined ? undefined : (typeof body === "string" ? body : JSON.stringify(body)),
  });
  let payload = null;
  try {
    payload = await response.json();
  } catch {
    payload = { status: response.status, title: response.statusText };
  }
  if (!response.ok) throw new ApiError(payload);
  return payload;
}

/** The server-side filters of the dashboard as API parameters. */
export function filterParams(state) {
  return {
    country: state.country, since: state.since, until: state.until, type: state.type,
    actor: state.actor, text: state.q,
  };
}

export const api = {
  health: () => request("api/health"),
  stats: (params) => request("api/stats", { params }),
  points: (params) => request("api/points", { params }),
  changes: (params) => request("api/changes", { params }),
  event: (id) => request(`api/events/${encodeURIComponent(id)}`),
  document: (id) => request(`api/documents/${encodeURIComponent(id)}`),
  merge: (id, other, token) => request(`api/events/${encodeURIComponent(id)}/merge`,
    { method: "POST", body: { other }, token }),
  split: (id, token) => request(`api/events/${encodeURIComponent(id)}/split`, { method: "POST", body: {}, token }),
};
