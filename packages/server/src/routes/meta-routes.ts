/**
 * Light routes: GET /api/health, /api/openapi.json, /api/presets, /api/presets/{id}, /api/frameworks,
 * /api/frameworks/{id}.
 */
import { z } from "zod";
import { ENGINE_VERSION, getRulePack, RULE_PACK_IDS, RULE_PACKS } from "@seceq/core";
import { getPresetInput, listPresets } from "@seceq/data";
import { Framework, Scenario } from "@seceq/core";
import { FrameworkList, Health, named, PresetList } from "../api-schemas.js";
import { HttpError } from "../http-errors.js";
import { route, SERVER_VERSION, type RouteDef } from "../route-table.js";

const OpenApiDocument = named(
  z.looseObject({ openapi: z.literal("3.1.0"), paths: z.record(z.string(), z.unknown()) }),
  "OpenApiDocument",
);

/** The light routes; `openapi` answers with the document of the whole route table. */
export function metaRoutes(openapi: () => object): RouteDef[] {
  return [
    route({
      method: "get",
      path: "/health",
      summary: "Liveness and versions",
      responses: { 200: { description: "the server is up", schema: Health } },
      handler: (c, ctx) =>
        c.json({
          status: "ok" as const,
          version: SERVER_VERSION,
          engine: ENGINE_VERSION,
          uptimeS: Math.round((Date.now() - ctx.startedAt) / 1000),
        }),
    }),
    route({
      method: "get",
      path: "/openapi.json",
      summary: "This document",
      responses: { 200: { description: "OpenAPI 3.1 document", schema: OpenApiDocument } },
      handler: (c) => c.json(openapi()),
    }),
    route({
      method: "get",
      path: "/presets",
      summary: "List the embedded scenario presets",
      responses: { 200: { description: "presets", schema: PresetList } },
      handler: (c) => c.json(listPresets()),
    }),
    route({
      method: "get",
      path: "/presets/:id",
      summary: "A preset as an editable scenario document",
      params: { id: "preset id" },
      responses: { 200: { description: "the scenario", schema: Scenario }, 404: "unknown preset" },
      handler: (c) => {
        const id = c.req.param("id") ?? "";
        const preset = getPresetInput(id);
        if (!preset) throw new HttpError(404, "not_found", `no preset "${id}"; GET /api/presets lists them`);
        return c.json(preset);
      },
    }),
    route({
      method: "get",
      path: "/frameworks",
      summary: "List the built-in treaty rule packs",
      responses: { 200: { description: "rule packs", schema: FrameworkList } },
      handler: (c) =>
        c.json(
          RULE_PACK_IDS.map((id) => {
            const f = RULE_PACKS[id];
            return { id: f.id, name: f.name, citation: f.citation, inForce: f.inForce, limits: f.limits.length };
          }),
        ),
    }),
    route({
      method: "get",
      path: "/frameworks/:id",
      summary: "A rule pack as a framework document",
      params: { id: "rule pack id" },
      responses: { 200: { description: "the framework", schema: Framework }, 404: "unknown rule pack" },
      handler: (c) => {
        const id = c.req.param("id") ?? "";
        const f = getRulePack(id);
        if (!f) throw new HttpError(404, "not_found", `no framework "${id}"; known: ${RULE_PACK_IDS.join(", ")}`);
        return c.json(f);
      },
    }),
  ];
}
