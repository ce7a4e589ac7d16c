/* The JSON API of the server that serves the app (relative URLs, so the app also works
 * mounted under a path prefix), its errors in words, and the sign-in token. */
import { queryString } from "./dom.js";

export class ApiError extends Error {
  constructor(status, detail) {
    super(errorText(detail));
    this.status = status;
    this.detail = detail;
  }
}
/** An API error's `detail` in words: FastAPI's list of validation errors becomes one line
 *  per bad parameter ("since: Input should be a valid date … (given “2020-99-99”)"); a
 *  dateline error {code, message} its message; never raw JSON. */
export function errorLines(detail) {
  if (detail === null || detail === undefined || detail === "") return [];
  if (typeof detail === "string") return [detail];
  if (Array.isArray(detail)) {
    return detail.map((item) => {
      if (!item || typeof item !== "object") return String(item);
      const loc = Array.isArray(item.loc) ? item.loc.filter((p) => p !== "query" &&
        p !== "body" && p !== "path") : [];
      const field = loc.length ? loc.join(".") : null;
      const given = typeof item.input === "string" || typeof item.input === "number"
        ? String(item.input) : null;
      return (field ? `${field}: ` : "") + (item.msg || "not valid") +
        (given !== null && given.length <= 80 ? ` (given “${given}”)` : "");
    });
  }
  if (typeof detail === "object") {
    if (detail.message) return [detail.message + (detail.code ? ` [${detail.code}]` : "")];
    return Object.entries(detail).map(([key, value]) => `${key}: ${errorText(value)}`);
  }
  return [String(detail)];
}
export function errorText(detail) {
  return errorLines(detail).join("; ");
}

// Protected reads (`dateline serve --protect-reads`): the bearer token the user signs in
// with is kept in sessionStorage -- this tab only, gone when it closes -- and sent with
// every API request.
const TOKEN_KEY = "dateline.token";
export const auth = {
  get() {
    try { return window.sessionStorage.getItem(TOKEN_KEY) || ""; } catch (_) { return ""; }
  },
  set(token) {
    try {
      if (token) window.sessionStorage.setItem(TOKEN_KEY, token);
      else window.sessionStorage.removeItem(TOKEN_KEY);
    } catch (_) { /* storage disabled: the token lasts until the page reloads */ }
    memoryToken = token || "";
    showSignOut();
  },
};
let memoryToken = "";
export function currentToken() {
  return auth.get() || memoryToken;
}

export async function api(path, params) {
  const headers = { Accept: "application/json" };
  const token = currentToken();
  if (token) headers.Authorization = "Bearer " + token;
  const response = await fetch(path + queryString(params), {
    headers, credentials: "same-origin",
  });
  let body = null;
  try { body = await response.json(); } catch (_) { body = null; }
  if (!response.ok) {
    throw new ApiError(response.status, body && body.detail ? body.detail : response.statusText);
  }
  return body;
}

/** `load` run on the first call only, its promise kept for later calls (unless it fails:
 *  then the next call tries again). */
export function once(load) {
  let promise = null;
  return () => {
    if (!promise) {
      promise = load();
      promise.catch(() => { promise = null; });
    }
    return promise;
  };
}

// the basemap, fetched once; also names countries for actor codes
export const world = once(() => fetch("static/world.json").then((r) => {
  if (!r.ok) throw new ApiError(r.status, "basemap not found");
  return r.json();
}));
export async function countryNames() {
  try {
    const data = await world();
    return new Map(data.countries.filter((c) => c.code).map((c) => [c.code, c.name]));
  } catch (_) {
    return new Map();
  }
}

export function showSignOut() {
  const button = document.getElementById("signout");
  if (button) button.hidden = !currentToken();
}
