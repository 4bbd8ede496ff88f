/** Writes docs/openapi.json from the zod schemas (`npm run openapi`); a test checks it is current. */
import { writeFileSync } from "node:fs";
import { buildOpenApi } from "../src/server/openapi/build-openapi.js";

writeFileSync("docs/openapi.json", `${JSON.stringify(buildOpenApi(), null, 2)}\n`);
process.stdout.write("wrote docs/openapi.json\n");
