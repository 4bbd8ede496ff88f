/**
 * Version of the legal table and of the rules that read it; stored with every assessment and part of
 * the assess job's key. Its own module so the ingest path can name the job without loading the table.
 * qualify-2 added GEN-D and GEN-E, so all five acts of Genocide Convention art. II are in the table.
 */
export const QUALIFICATION_RULES_VERSION = "qualify-2";
