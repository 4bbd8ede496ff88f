/**
 * Incident reads for the map, list, timeline and exports on either backend. Filters become WHERE
 * clauses on the indexed `incident_map` columns; clustering is a GROUP BY over grid cells; the list
 * pages by keyset (day, id) so page 1,000 costs what page 1 costs.
 */
import { sql, type ExpressionBuilder, type Kysely, type SelectQueryBuilder } from "kysely";
import type { CorroborationGrade, Incident, ReviewStatus } from "../domain/incident.js";
import { countryForms, filterToken, type IncidentFilter } from "../domain/incident-filter.js";
import { unpinnedMeta } from "../domain/resolution.js";
import { hydrateIncidents, INCIDENT_BODY_COLUMNS } from "./incident-rows.js";
import { KyselyIncidentStore } from "./kysely-incident-store.js";
import type {
  Actor,
  DayCount,
  IncidentCursor,
  IncidentMapStore,
  IncidentSummary,
  MapCluster,
} from "./ports.js";
import { toNumber, type Database } from "./schema.js";
import type { StoreContext } from "./store-context.js";

const STREAM_PAGE = 500;
const GRADES: CorroborationGrade[] = ["confirmed", "fair", "weak", "contested", "discounted"];

type MapQuery<O> = SelectQueryBuilder<Database, "incident_map", O>;

const likeToken = (value: string) => `% ${filterToken(value).replace(/[%\\]/g, "")} %`;

/** Adds the filter's conditions; every one of them hits a column of incident_map. */
function applyFilter<O>(query: MapQuery<O>, filter: IncidentFilter): MapQuery<O> {
  let q = query;
  if (filter.from) q = q.where("incident_map.day", ">=", filter.from);
  if (filter.to) q = q.where("incident_map.day", "<=", filter.to).where("incident_map.day", "<>", "");
  if (filter.type?.length) q = q.where("incident_map.event_type", "in", filter.type);
  if (filter.grade?.length) q = q.where("incident_map.grade", "in", filter.grade);
  if (filter.review?.length) q = q.where("incident_map.review_status", "in", filter.review);
  if (filter.area) {
    const area = filter.area;
    q = q.where((eb: ExpressionBuilder<Database, "incident_map">) =>
      eb.or([
        eb("incident_map.admin1", "=", area),
        eb("incident_map.admin2", "=", area),
        eb("incident_map.country", "in", countryForms(area)),
        eb("incident_map.place_name", "=", area),
      ]),
    );
  }
  if (filter.perpetrator) q = q.where("incident_map.perpetrators", "like", likeToken(filter.perpetrator));
  if (filter.source) q = q.where("incident_map.sources", "like", likeToken(filter.source));
  if (filter.crimeCode) {
    // Codes come from the assessment stage's stored qualifications (canonical JSON, so the key and
    // value appear exactly so) or from qualifications carried on the incident itself.
    const code = filter.crimeCode;
    q = q.where((eb: ExpressionBuilder<Database, "incident_map">) =>
      eb.or([
        eb("incident_map.crime_codes", "like", likeToken(code)),
        eb.exists(
          eb
            .selectFrom("incident_assessments")
            .select(sql.lit(1).as("one"))
            .whereRef("incident_assessments.incident_id", "=", "incident_map.incident_id")
            .where("incident_assessments.body", "like", `%"code":"${code}"%`),
        ),
      ]),
    );
  }
  if (filter.bbox) {
    const [west, south, east, north] = filter.bbox;
    q = q
      .where("incident_map.lat", ">=", south)
      .where("incident_map.lat", "<=", north)
      .where("incident_map.lon", ">=", west)
      .where("incident_map.lon", "<=", east);
  }
  return q;
}

/** Grid cell size in degrees at a Leaflet zoom: about 60 screen pixels of a 256-pixel tile. */
export function clusterCellDegrees(zoom: number): number {
  return (360 / 2 ** Math.max(0, Math.min(18, Math.round(zoom)))) * (60 / 256);
}

export class KyselyIncidentMapStore implements IncidentMapStore {
  constructor(private readonly ctx: StoreContext) {}

  private get db(): Kysely<Database> {
    return this.ctx.db;
  }

  /**
   * Stores whole incidents (imports, tests, benches) through the incident store, the one writer of
   * `incidents`, which keeps the map rows in step in the same transaction.
   */
  async save(incidents: Incident[], actor: Actor): Promise<{ saved: number }> {
    const byId = new Map(incidents.map((incident) => [incident.id, incident]));
    await new KyselyIncidentStore(this.ctx).transact((tx) =>
      tx.apply(
        {
          placements: [],
          incidents: [...byId.values()].map((incident) => ({
            incident,
            meta: unpinnedMeta(incident),
          })),
          deleted: [],
        },
        {
          actor,
          action: "incidents.saved",
          subjectType: "incidents",
          subjectId: byId.size === 1 ? [...byId.keys()][0]! : `${byId.size} incidents`,
          detail: { count: byId.size },
        },
      ),
    );
    return { saved: byId.size };
  }

  async get(id: string): Promise<Incident | null> {
    const row = await this.db
      .selectFrom("incidents")
      .select(INCIDENT_BODY_COLUMNS)
      .where("id", "=", id)
      .executeTakeFirst();
    return row ? ((await hydrateIncidents(this.db, [row]))[0] as Incident) : null;
  }

  async review(
    id: string,
    decision: { status: ReviewStatus; note: string | null },
    actor: Actor,
  ): Promise<Incident | null> {
    return new KyselyIncidentStore(this.ctx).transact(async (tx) => {
      const [incident, [meta]] = await Promise.all([tx.get(id), tx.metas([id])]);
      if (!incident || !meta) return null;
      const at = this.ctx.now().toISOString();
      const review = { status: decision.status, by: actor, at, note: decision.note };
      const after: Incident = { ...incident, review, updatedAt: at };
      await tx.apply(
        { placements: [], incidents: [{ incident: after, meta: { ...meta, review } }], deleted: [] },
        {
          actor,
          action: "incident.reviewed",
          subjectType: "incident",
          subjectId: id,
          detail: { status: decision.status, note: decision.note },
        },
      );
      return after;
    });
  }

  async list(
    filter: IncidentFilter,
    page: { limit: number; after?: IncidentCursor },
  ): Promise<{ items: IncidentSummary[]; next: IncidentCursor | null }> {
    let query = applyFilter(this.db.selectFrom("incident_map").selectAll(), filter);
    const after = page.after;
    if (after)
      query = query.where((eb) =>
        eb.or([
          eb("day", "<", after.day),
          eb.and([eb("day", "=", after.day), eb("incident_id", "<", after.id)]),
        ]),
      );
    const rows = await query
      .orderBy("day", "desc")
      .orderBy("incident_id", "desc")
      .limit(page.limit + 1)
      .execute();
    const items = rows.slice(0, page.limit).map((row): IncidentSummary => ({
      id: row.incident_id,
      day: row.day || null,
      eventType: row.event_type,
      grade: row.grade as CorroborationGrade,
      review: row.review_status as ReviewStatus,
      placeName: row.place_name,
      admin1: row.admin1,
      lat: row.lat,
      lon: row.lon,
      killed: toNumber(row.killed_known) ? toNumber(row.killed) : null,
    }));
    const last = rows.length > page.limit ? items.at(-1) : undefined;
    return { items, next: last ? { day: last.day ?? "", id: last.id } : null };
  }

  async count(filter: IncidentFilter): Promise<number> {
    const row = await applyFilter(
      this.db.selectFrom("incident_map").select((eb) => eb.fn.countAll().as("n")),
      filter,
    ).executeTakeFirstOrThrow();
    return toNumber(row.n as number | string);
  }

  async clusters(filter: IncidentFilter, zoom: number): Promise<MapCluster[]> {
    const cell = clusterCellDegrees(zoom);
    const gy = sql<number>`floor(incident_map.lat / ${sql.lit(cell)})`;
    const gx = sql<number>`floor(incident_map.lon / ${sql.lit(cell)})`;
    const gradeCounts = GRADES.map((grade) =>
      sql<number>`sum(case when incident_map.grade = ${grade} then 1 else 0 end)`.as(`g_${grade}`),
    );
    const rows = await applyFilter(
      this.db
        .selectFrom("incident_map")
        .select([
          gy.as("gy"),
          gx.as("gx"),
          sql<number>`count(*)`.as("n"),
          sql<number>`avg(incident_map.lat)`.as("lat"),
          sql<number>`avg(incident_map.lon)`.as("lon"),
          sql<number>`sum(incident_map.killed)`.as("killed"),
          sql<number>`sum(incident_map.killed_known)`.as("killed_known"),
          sql<string>`min(incident_map.incident_id)`.as("id"),
          sql<string>`min(incident_map.event_type)`.as("event_type"),
          ...gradeCounts,
        ])
        .where("incident_map.lat", "is not", null)
        .where("incident_map.lon", "is not", null),
      filter,
    )
      .groupBy([gy, gx])
      .execute();
    return rows.map((row) => {
      const raw = row as unknown as Record<string, number | string>;
      const count = toNumber(row.n);
      const grades: MapCluster["grades"] = {};
      for (const grade of GRADES) {
        const n = toNumber(raw[`g_${grade}`]);
        if (n > 0) grades[grade] = n;
      }
      return {
        lat: Number(row.lat),
        lon: Number(row.lon),
        count,
        killed: toNumber(row.killed),
        killedKnown: toNumber(row.killed_known),
        grades,
        id: count === 1 ? row.id : null,
        eventType: count === 1 ? row.event_type : null,
      };
    });
  }

  async timeline(filter: IncidentFilter): Promise<DayCount[]> {
    const rows = await applyFilter(
      this.db
        .selectFrom("incident_map")
        .select([
          "incident_map.day",
          sql<number>`count(*)`.as("n"),
          sql<number>`sum(incident_map.killed)`.as("killed"),
        ])
        .where("incident_map.day", "<>", ""),
      filter,
    )
      .groupBy("incident_map.day")
      .orderBy("incident_map.day")
      .execute();
    return rows.map((row) => ({ day: row.day, incidents: toNumber(row.n), killed: toNumber(row.killed) }));
  }

  async extent(filter: IncidentFilter): Promise<[number, number, number, number] | null> {
    const row = await applyFilter(
      this.db
        .selectFrom("incident_map")
        .select([
          sql<number | null>`min(incident_map.lon)`.as("west"),
          sql<number | null>`min(incident_map.lat)`.as("south"),
          sql<number | null>`max(incident_map.lon)`.as("east"),
          sql<number | null>`max(incident_map.lat)`.as("north"),
        ]),
      filter,
    ).executeTakeFirst();
    if (!row || row.west === null || row.south === null || row.east === null || row.north === null)
      return null;
    return [Number(row.west), Number(row.south), Number(row.east), Number(row.north)];
  }

  async *stream(filter: IncidentFilter): AsyncIterable<Incident> {
    let after: IncidentCursor | undefined;
    for (;;) {
      const page = await this.list(filter, { limit: STREAM_PAGE, after });
      if (page.items.length === 0) return;
      const rows = await this.db
        .selectFrom("incidents")
        .select(INCIDENT_BODY_COLUMNS)
        .where(
          "id",
          "in",
          page.items.map((item) => item.id),
        )
        .execute();
      const incidents = new Map((await hydrateIncidents(this.db, rows)).map((i) => [i.id, i]));
      for (const item of page.items) {
        const incident = incidents.get(item.id);
        if (incident) yield incident;
      }
      if (!page.next) return;
      after = page.next;
    }
  }
}
