/**
 * Light endpoints: GET /api/health, /api/openapi.json, /api/presets, /api/presets/{id}, /api/frameworks,
 * /api/frameworks/{id}.
 */
import type { Hono } from "hono";
import { ENGINE_VERSION, getRulePack, RULE_PACK_IDS, RULE_PACKS } from "@seceq/core";
import { getPresetInput, listPresets } from "@seceq/data";
import type { AppContext } from "../app-context.js";
import { HttpError } from "../http-errors.js";
import { openApiDocument, SERVER_VERSION } from "../openapi.js";

/** Register the light endpoints on the `/api` router. */
export function registerMetaRoutes(api: Hono, ctx: AppContext): void {
  api.get("/health", (c) =>
    c.json({
      status: "ok" as const,
      version: SERVER_VERSION,
      engine: ENGINE_VERSION,
      uptimeS: Math.round((Date.now() - ctx.startedAt) / 1000),
    }),
  );

  api.get("/openapi.json", (c) => c.json(openApiDocument(ctx.limits)));

  api.get("/presets", (c) => c.json(listPresets()));

  api.get("/presets/:id", (c) => {
    const id = c.req.param("id");
    const preset = getPresetInput(id);
    if (!preset) throw new HttpError(404, "not_found", `no preset "${id}"; GET /api/presets lists them`);
    return c.json(preset);
  });

  api.get("/frameworks", (c) =>
    c.json(
      RULE_PACK_IDS.map((id) => {
        const f = RULE_PACKS[id];
        return { id: f.id, name: f.name, citation: f.citation, inForce: f.inForce, limits: f.limits.length };
      }),
    ),
  );

  api.get("/frameworks/:id", (c) => {
    const id = c.req.param("id");
    const f = getRulePack(id);
    if (!f) throw new HttpError(404, "not_found", `no framework "${id}"; known: ${RULE_PACK_IDS.join(", ")}`);
    return c.json(f);
  });
}
