/**
 * /api/reports: list, search, show, original bytes, claims (reads); POST ingests a report (write,
 * analyst role). Each route: auth -> validate -> command -> presenter.
 */
import type { FastifyInstance } from "fastify";
import { errors } from "../../../domain/errors.js";
import type { Runtime } from "../../../services/runtime.js";
import { ingestBytes, type DocumentIngester } from "../../../services/ingest-service.js";
import { actorOf, requireRole } from "../../auth.js";
import { COUNT_MEMO_MS } from "../../../storage/read-memo.js";
import { okResponse } from "../../response-schema.js";
import {
  CreateReportQuery,
  ListReportsQuery,
  ReportIdParams,
  ReportPage,
  ReportSearchResults,
  SearchReportsQuery,
} from "./schema.js";
import { presentReport } from "./presenter.js";

export async function reportRoutes(
  app: FastifyInstance,
  runtime: Runtime,
  onIngested: () => void,
  ingestElsewhere?: DocumentIngester,
) {
  const { store } = runtime;
  const resolve = async (rawId: string) => {
    const { id } = ReportIdParams.parse({ id: rawId });
    const fullId = await store.reports.resolveId(id);
    if (!fullId) throw errors.notFound("report", id);
    return fullId;
  };

  // Response schemas: list pages are serialised by code compiled for their shape.
  app.get("/api/reports", { schema: okResponse(ReportPage) }, async (request) => {
    const query = ListReportsQuery.parse(request.query);
    const [items, total] = await Promise.all([
      store.reports.list(query),
      // Counting every request cost as much as the page itself; a total a second old is as useful.
      store.reports.count({ maxAgeMs: COUNT_MEMO_MS }),
    ]);
    return { total, limit: query.limit, offset: query.offset, items };
  });

  app.get("/api/reports/search", { schema: okResponse(ReportSearchResults) }, async (request) => {
    const query = SearchReportsQuery.parse(request.query);
    return { items: await store.reports.search(query.q, { limit: query.limit }) };
  });

  app.get<{ Params: { id: string } }>("/api/reports/:id", async (request) => {
    const report = await store.reports.get(await resolve(request.params.id));
    if (!report) throw errors.notFound("report", request.params.id);
    return presentReport(report);
  });

  app.get<{ Params: { id: string } }>("/api/reports/:id/raw", async (request, reply) => {
    const id = await resolve(request.params.id);
    const bytes = await store.reports.getOriginal(id);
    if (!bytes) throw errors.notFound("original", id);
    // Served as an attachment of opaque bytes: a hostile HTML report must never render in our origin.
    return reply
      .header("content-type", "application/octet-stream")
      .header("content-disposition", `attachment; filename="${id}.bin"`)
      .header("x-content-sha256", id)
      .send(Buffer.from(bytes));
  });

  app.get<{ Params: { id: string } }>("/api/reports/:id/claims", async (request) => {
    const id = await resolve(request.params.id);
    const stored = await store.claims.getExtraction(id);
    if (!stored) throw errors.notFound("extraction for report", id);
    return stored;
  });

  app.post("/api/reports", { preHandler: requireRole(runtime, "analyst") }, async (request, reply) => {
    const query = CreateReportQuery.parse(request.query);
    const body = request.body;
    const bytes = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === "string" ? body : "");
    const contentType = (request.headers["content-type"] ?? "").split(";")[0]?.trim() ?? "";
    const hint =
      contentType === "text/html" || contentType === "text/markdown" || contentType === "application/json"
        ? contentType
        : contentType === "text/plain"
          ? "text/plain"
          : null;
    const outcome = await ingestBytes(
      store,
      bytes,
      { originalName: query.name ?? null, mediaTypeHint: hint },
      {
        publisher: query.publisher,
        publishedAt: query.published,
        url: query.url,
        maxBytes: runtime.config.maxReportBytes,
        actor: actorOf(request),
        ingestElsewhere,
      },
    );
    if (outcome.status === "rejected") {
      return reply.status(outcome.httpStatus).send({ error: outcome.code, message: outcome.reason });
    }
    onIngested();
    return reply.status(outcome.status === "ingested" ? 201 : 200).send({
      status: outcome.status,
      id: outcome.report.id,
      title: outcome.report.title,
    });
  });
}
