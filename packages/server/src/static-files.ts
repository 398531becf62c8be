/**
 * Serve the built web workbench from a folder, safely: the request path is decoded once, refused when it holds NUL,
 * backslashes, `.` or `..` segments (also when percent-encoded) or dot-files, resolved under the folder and checked
 * against the folder's real path (so neither `..` nor a symbolic link can reach outside it). Paths without a file
 * extension fall back to `index.html` (client-side routes of the single-page app). When the folder holds no
 * `index.html`, a small page explains how to build the web app.
 */
import { existsSync, realpathSync } from "node:fs";
import { readFile, realpath, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";

/** Content types by file extension. */
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".yaml": "text/yaml; charset=utf-8",
  ".yml": "text/yaml; charset=utf-8",
};

/** The page served when the web app has not been built. */
export const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Security Equation: web app not built</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}code{background:#f2f2f2;padding:0 .25em}</style>
</head>
<body>
<h1>Security Equation</h1>
<p>The API is running, but the web workbench has not been built, so there is nothing to show here yet.</p>
<p>Build it from the repository root with <code>npx vite build packages/web</code> (it writes
<code>packages/web/dist</code>), then restart <code>seceq serve</code>.</p>
<p>Meanwhile the API answers under <a href="/api/health"><code>/api</code></a>; its description is at
<a href="/api/openapi.json"><code>/api/openapi.json</code></a>.</p>
</body>
</html>
`;

/** A response to a static-file request. */
export interface StaticResponse {
  status: 200 | 400 | 404;
  headers: Record<string, string>;
  /** File contents (omitted for HEAD by the caller). */
  body: Uint8Array | string;
}

function notFound(message = "not found"): StaticResponse {
  return {
    status: 404,
    headers: { "content-type": "application/json; charset=utf-8" },
    body: JSON.stringify({ error: "not_found", message }),
  };
}

function badPath(): StaticResponse {
  return {
    status: 400,
    headers: { "content-type": "application/json; charset=utf-8" },
    body: JSON.stringify({ error: "bad_path", message: "the request path is not allowed" }),
  };
}

function within(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** Serves files from one folder; see the module comment for the rules. */
export class StaticFiles {
  /** Real path of the folder, or undefined when it does not exist. */
  readonly root: string | undefined;

  /** @param dir folder of the built web app (e.g. packages/web/dist); undefined to serve only the "not built" page */
  constructor(dir: string | undefined) {
    this.root = dir !== undefined && existsSync(dir) ? realpathSync(resolve(dir)) : undefined;
  }

  /** True when the folder has an `index.html`. */
  get built(): boolean {
    return this.root !== undefined && existsSync(join(this.root, "index.html"));
  }

  async #file(path: string): Promise<StaticResponse | undefined> {
    const root = this.root!;
    try {
      const info = await stat(path);
      let file = path;
      if (info.isDirectory()) {
        file = join(path, "index.html");
        if (!(await stat(file)).isFile()) return undefined;
      } else if (!info.isFile()) return undefined;
      const real = await realpath(file);
      if (!within(root, real)) return undefined;
      const body = await readFile(real);
      const rel = real.slice(root.length);
      const immutable = rel.startsWith(`${sep}assets${sep}`);
      return {
        status: 200,
        headers: {
          "content-type": TYPES[extname(real).toLowerCase()] ?? "application/octet-stream",
          "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
        },
        body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
      };
    } catch {
      return undefined;
    }
  }

  /** The SPA entry page (or the "not built" page). */
  async index(): Promise<StaticResponse> {
    if (this.root !== undefined) {
      const page = await this.#file(join(this.root, "index.html"));
      if (page) return page;
    }
    return {
      status: 200,
      headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache" },
      body: NOT_BUILT_PAGE,
    };
  }

  /**
   * Answer a GET or HEAD for a URL path.
   * @param rawPath the path as received, still percent-encoded (e.g. `new URL(req.url).pathname`)
   */
  async serve(rawPath: string): Promise<StaticResponse> {
    if (rawPath.includes("\0") || /%00/i.test(rawPath) || !rawPath.startsWith("/")) return badPath();
    let decoded: string;
    try {
      decoded = decodeURIComponent(rawPath);
    } catch {
      return badPath();
    }
    if (decoded.includes("\0") || decoded.includes("\\")) return badPath();
    const segments = decoded.split("/").filter((s) => s !== "");
    if (segments.some((s) => s === "." || s === "..")) return badPath();
    if (segments.some((s) => s.startsWith("."))) return notFound();
    if (segments.length === 0) return this.index();
    if (this.root !== undefined) {
      const full = resolve(this.root, ...segments);
      if (!within(this.root, full)) return badPath();
      const file = await this.#file(full);
      if (file) return file;
    }
    // Client-side routes (no extension) get the app; missing assets are 404s.
    return extname(segments[segments.length - 1]!) === "" ? this.index() : notFound();
  }
}
