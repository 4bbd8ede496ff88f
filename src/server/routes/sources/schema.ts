/** Request schemas for /api/sources. */
import { z } from "zod";
import { SourceId } from "../../../domain/source.js";

export const SourceIdParams = z.object({ id: SourceId });

/** Any JSON object: the source service validates the record or the patch and says what is wrong. */
export const SourceBody = z.record(z.string(), z.unknown());
