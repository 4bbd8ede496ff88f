/** `r2p sources list|show|add|edit`: the source registry (who publishes or originates information). */
import { Command, Option } from "commander";
import { errors } from "../../domain/errors.js";
import type { SourceRecord } from "../../domain/source.js";
import { printJson, reportFailure, withRuntime } from "../context.js";

const KINDS = "monitor, party, state_media, wire, ngo, un, news, unknown";
const actor = () => `cli:${process.env.USER ?? "user"}`;
const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];
const list = (value: string) =>
  value
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);

interface RecordFlags {
  name?: string;
  kind?: string;
  reliability?: string;
  partisan?: boolean;
  stakeholder?: boolean;
  findings?: boolean;
  speaksFor?: string;
  alias?: string[];
  addAlias?: string[];
  domain?: string[];
  addDomain?: string[];
  language?: string;
  country?: string;
  notes?: string;
  json?: boolean;
}

/** The record fields the flags set (lists given with --alias/--domain replace; --add-… append). */
function patchOf(flags: RecordFlags, current: SourceRecord | null): Partial<SourceRecord> {
  const patch: Record<string, unknown> = {};
  if (flags.name !== undefined) patch.name = flags.name;
  if (flags.kind !== undefined) patch.kind = flags.kind;
  if (flags.reliability !== undefined) patch.reliability = flags.reliability.toUpperCase();
  if (flags.partisan !== undefined) patch.partisan = flags.partisan;
  if (flags.stakeholder !== undefined) patch.stakeholder = flags.stakeholder;
  if (flags.findings !== undefined) patch.findings = flags.findings;
  if (flags.speaksFor !== undefined) patch.speaksFor = list(flags.speaksFor);
  if (flags.alias !== undefined || flags.addAlias !== undefined)
    patch.aliases = [...(flags.alias ?? current?.aliases ?? []), ...(flags.addAlias ?? [])];
  if (flags.domain !== undefined || flags.addDomain !== undefined)
    patch.domains = [...(flags.domain ?? current?.domains ?? []), ...(flags.addDomain ?? [])];
  if (flags.language !== undefined) patch.language = flags.language;
  if (flags.country !== undefined) patch.country = flags.country;
  if (flags.notes !== undefined) patch.notes = flags.notes;
  return patch as Partial<SourceRecord>;
}

function recordOptions(command: Command): Command {
  return command
    .option("--name <name>", "the source's name")
    .option("--kind <kind>", `one of ${KINDS}`)
    .option("--reliability <A-F>", "Admiralty reliability: A completely … E unreliable, F cannot be judged")
    .option("--partisan", "partisan toward a party to the conflict (its claims stay weak until corroborated)")
    .option("--no-partisan", "not partisan")
    .option("--stakeholder", "reports attacks on its own members")
    .option("--no-stakeholder", "not a stakeholder")
    .option("--findings", "its conclusions are independent findings (confirm an incident)")
    .option("--no-findings", "its conclusions are not findings")
    .option("--speaks-for <actor ids>", "comma-separated actor ids it speaks for, e.g. RU_MIL")
    .option("--alias <name>", "a name it goes by (repeat; replaces the list)", collect)
    .option("--add-alias <name>", "add a name it goes by (repeat)", collect)
    .option("--domain <domain>", "a web domain (repeat; replaces the list)", collect)
    .option("--add-domain <domain>", "add a web domain (repeat)", collect)
    .option("--language <code>", "main language, e.g. ar")
    .option("--country <code>", "country, e.g. SY")
    .option("--notes <text>", "why it is judged so")
    .option("--json", "print the record as JSON");
}

function describe(source: SourceRecord): string {
  const flags = [
    source.partisan ? "partisan" : null,
    source.stakeholder ? "stakeholder" : null,
    source.findings ? "findings" : null,
  ]
    .filter(Boolean)
    .join(", ");
  return [
    `id:           ${source.id}`,
    `name:         ${source.name}`,
    `kind:         ${source.kind}`,
    `reliability:  ${source.reliability}${flags ? ` (${flags})` : ""}`,
    `speaks for:   ${source.speaksFor.join(", ") || "–"}`,
    `aliases:      ${source.aliases.join("; ") || "–"}`,
    `domains:      ${source.domains.join(", ") || "–"}`,
    `language:     ${source.language ?? "–"}   country: ${source.country ?? "–"}`,
    ...(source.notes ? [`notes:        ${source.notes}`] : []),
  ].join("\n");
}

export function sourcesCommand(): Command {
  const sources = new Command("sources").description(
    "The source registry: kinds, Admiralty reliability, partisanship, aliases (seeded for Syria; audited edits)",
  );
  sources
    .command("list")
    .description("List the registry")
    .addOption(new Option("--kind <kind>", `only this kind: ${KINDS}`))
    .option("--json", "print JSON")
    .addHelpText("after", "\nExamples:\n  r2p sources list\n  r2p sources list --kind monitor --json")
    .action(async (flags: { kind?: string; json?: boolean }, command: Command) => {
      try {
        const { listSources } = await import("../../services/source-service.js");
        await withRuntime(command, async (runtime) => {
          const all = (await listSources(runtime)).filter((s) => !flags.kind || s.kind === flags.kind);
          if (flags.json) return printJson(all);
          for (const s of all)
            process.stdout.write(
              `${s.id.padEnd(28)} ${s.kind.padEnd(11)} ${s.reliability}${s.partisan ? " partisan" : "         "}  ${s.name}\n`,
            );
          process.stdout.write(`${all.length} sources\n`);
        });
      } catch (error) {
        reportFailure(error);
      }
    });
  sources
    .command("show")
    .description("Show one source")
    .argument("<id>", "source id, e.g. sohr")
    .option("--json", "print JSON")
    .addHelpText("after", "\nExample:\n  r2p sources show sohr")
    .action(async (id: string, flags: { json?: boolean }, command: Command) => {
      try {
        const { getSource } = await import("../../services/source-service.js");
        await withRuntime(command, async (runtime) => {
          const source = await getSource(runtime, id);
          if (flags.json) return printJson(source);
          const incidents = await runtime.store.incidents.incidentIdsOfSource(id);
          process.stdout.write(`${describe(source)}\nincidents:    ${incidents.length}\n`);
        });
      } catch (error) {
        reportFailure(error);
      }
    });
  recordOptions(
    sources
      .command("add")
      .description("Add a source to the registry")
      .argument("<id>", "a short lowercase id, e.g. local-monitor"),
  )
    .addHelpText(
      "after",
      '\nExample:\n  r2p sources add idlib-media-center --name "Idlib Media Center" --kind news --reliability C --alias "IMC"',
    )
    .action(async (id: string, flags: RecordFlags, command: Command) => {
      try {
        if (!flags.name || !flags.kind || !flags.reliability)
          throw errors.usage(
            "A new source needs --name, --kind and --reliability.",
            'r2p sources add imc --name "Idlib Media Center" --kind news --reliability C',
          );
        const { addSource } = await import("../../services/source-service.js");
        await withRuntime(command, async (runtime) => {
          const record = await addSource(
            runtime,
            {
              id,
              partisan: false,
              speaksFor: [],
              stakeholder: false,
              findings: false,
              aliases: [],
              domains: [],
              language: null,
              country: null,
              notes: null,
              ...patchOf(flags, null),
            },
            actor(),
          );
          if (flags.json) return printJson(record);
          process.stdout.write(`added ${record.id}: ${record.name}\n`);
        });
      } catch (error) {
        reportFailure(error);
      }
    });
  recordOptions(
    sources
      .command("edit")
      .description("Change a source; its incidents are re-graded")
      .argument("<id>", "source id"),
  )
    .addHelpText(
      "after",
      '\nExamples:\n  r2p sources edit sohr --reliability C --notes "methods changed in 2024"\n  r2p sources edit north-press --add-alias "NPA English"',
    )
    .action(async (id: string, flags: RecordFlags, command: Command) => {
      try {
        const { editSource, getSource } = await import("../../services/source-service.js");
        await withRuntime(command, async (runtime) => {
          const patch = patchOf(flags, await getSource(runtime, id));
          if (Object.keys(patch).length === 0)
            throw errors.usage("Say what to change.", "r2p sources edit sohr --reliability C");
          const result = await editSource(runtime, id, patch, actor());
          if (flags.json) return printJson(result);
          process.stdout.write(
            result.changed ? `edited ${id}; ${result.regraded} incidents re-graded\n` : `${id} unchanged\n`,
          );
          if (result.reattribute)
            process.stdout.write(
              "names or domains changed: run `r2p incidents resolve --force` to re-attribute stored reports\n",
            );
        });
      } catch (error) {
        reportFailure(error);
      }
    });
  return sources;
}
