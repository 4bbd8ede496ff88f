/** Request schemas for /api/sources. */
import { z } from "zod";
import { SourceId } from "../../../domain/source.js";

export const SourceIdParams = z.object({ id: SourceId });
