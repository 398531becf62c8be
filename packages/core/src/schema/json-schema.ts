/**
 * JSON Schema of the scenario format, generated from the zod schema, for editors and the HTTP API.
 */
import { z } from "zod";
import { Scenario } from "./scenario.js";

/** Return the JSON Schema (draft 2020-12) describing scenario files as users write them. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Scenario, { io: "input", target: "draft-2020-12" }) as Record<string, unknown>;
  return {
    ...schema,
    $id: "https://github.com/seceq/seceq/schema/scenario-v1.schema.json",
    title: "Security Equation scenario (v1)",
  };
}
