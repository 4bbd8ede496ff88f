/** The ordered list of schema migrations. Append new ones; never edit or reorder applied ones. */
import type { Kysely } from "kysely";
import type { BackendTraits } from "../backend-traits.js";
import type { Database } from "../schema.js";
import { initialMigration } from "./001-initial.js";
import { userMetadataMigration } from "./002-user-metadata.js";
import { incidentsMigration } from "./003-incidents.js";
import { usersAndMapMigration } from "./005-users-and-map.js";
import { jobQuarantineMigration, searchFoldedMigration } from "./006-robust.js";
import { assessmentMigration } from "./004-assessment.js";
import { jobClaimIndexMigration } from "./007-job-claim-index.js";
import { claimKeyCoveringIndexMigration } from "./010-claim-key-covering-index.js";
import { incidentMapKilledKnownMigration } from "./011-incident-map-killed-known.js";
import { claimCellsMigration } from "./012-claim-cells.js";
import { claimCellScreensMigration } from "./013-claim-cell-screens.js";
import { undatedCellScreensMigration } from "./014-undated-cell-screens.js";
import { incidentStoreVersionMigration } from "./015-incident-store-version.js";
import { dropUnreadResolutionColumnsMigration } from "./016-drop-unread-resolution-columns.js";
import { compactResolutionRowsMigration } from "./017-compact-resolution-rows.js";
import { claimCellsPendingMigration } from "./018-claim-cells-pending.js";
import { incrementalAssessmentMigration } from "./008-incremental-assessment.js";

export interface Migration {
  /** Unique, sortable name recorded in schema_migrations once applied. */
  name: string;
  up(db: Kysely<Database>, traits: BackendTraits): Promise<void>;
}

export const migrations: readonly Migration[] = [
  initialMigration,
  userMetadataMigration,
  incidentsMigration,
  assessmentMigration,
  usersAndMapMigration,
  jobQuarantineMigration,
  searchFoldedMigration,
  jobClaimIndexMigration,
  incrementalAssessmentMigration,
  claimKeyCoveringIndexMigration,
  incidentMapKilledKnownMigration,
  claimCellsMigration,
  claimCellScreensMigration,
  undatedCellScreensMigration,
  incidentStoreVersionMigration,
  dropUnreadResolutionColumnsMigration,
  compactResolutionRowsMigration,
  claimCellsPendingMigration,
];
