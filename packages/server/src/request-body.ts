/**
 * Read the JSON (or YAML) body of a request within the app's byte limit.
 */
import type { Context } from "hono";
import type { AppContext } from "./app-context.js";
import { readRequestBody } from "./read-body.js";

/**
 * Read a body: JSON is parsed (400 on a syntax error); YAML comes back as `{text}`, the wrapper form the scenario
 * resolver reads with line:col diagnostics.
 */
export async function bodyOf(c: Context, ctx: AppContext, allowYaml: boolean): Promise<unknown> {
  const body = await readRequestBody(c.req.raw, ctx.limits.maxBodyBytes, allowYaml);
  return body.format === "json" ? body.value : { text: body.text };
}
