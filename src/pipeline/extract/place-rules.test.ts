/**
 * Place rules on invented wording with the fake gazetteer: colon-introduced lists of semicolon items,
 * hyphenated adjectives, bullet labels, road ends, directions and airfields named after a town.
 */
import { describe, expect, it } from "vitest";
import { FakePlaces } from "../../../test/support/fake-knowledge.js";
import { findPlaces, type ResolvedPlace } from "./find-places.js";
import { nameSpans } from "./name-spans.js";
import { findPlaceCandidates } from "./place-candidates.js";
import { splitSentences } from "./sentences.js";

const places = new FakePlaces();

function resolve(text: string): Map<string, ResolvedPlace> {
  const out = new Map<string, ResolvedPlace>();
  for (const p of findPlaces(splitSentences(text), places, [], [])) out.set(p.candidate.mention, p);
  return out;
}
const mentions = (s: string) => findPlaceCandidates(s, 0, []).map((c) => c.mention);
const candidate = (s: string, mention: string) =>
  findPlaceCandidates(s, 0, []).find((c) => c.mention === mention);

describe("sentences of a colon-introduced list", () => {
  it("keeps semicolon-separated list lines in the sentence that introduces them", () => {
    const text =
      "Teams recorded shelling on the following villages:\nIhsim and Sarja in rural Idlib;\nBir Hamra in rural Hama.\n\nNext paragraph.";
    const s = splitSentences(text);
    expect(s).toHaveLength(2);
    expect(s[0]!.text).toContain("Bir Hamra");
  });

  it("keeps bullets that are bare names in the sentence whose list they continue", () => {
    const s = splitSentences(
      "Jets bombed these villages on Monday:\n- Ihsim\n- Sarja,\n- Bir Hamra\n\nNext.",
    );
    expect(s).toHaveLength(2);
    expect(s[0]!.text).toMatch(/Ihsim[\s\S]*Bir Hamra$/);
    expect([...resolve(s[0]!.text).keys()]).toEqual(["Ihsim", "Sarja", "Bir Hamra"]);
    // A bullet that says more than a name is a line of its own, as is a bare name after one.
    expect(splitSentences("Details:\n- Ihsim: two killed.\n- Sarja")).toHaveLength(3);
  });

  it("still breaks after a colon line followed by a plain sentence", () => {
    const s = splitSentences("Details:\nThe village of Ihsim was shelled.");
    expect(s).toHaveLength(2);
  });
});

describe("governorate context", () => {
  it("'Damascus province' admits the villages of the governorate around the city", () => {
    expect(
      resolve("Missiles hit the Deir Salman area in Damascus province.").get("Deir Salman")?.entry?.id,
    ).toBe("t:11");
  });

  it("'reef X' is the countryside of X", () => {
    const found = resolve("Shells fell on the village of Deir Salman in reef Damascus.");
    expect(found.get("Deir Salman")?.entry?.id).toBe("t:11");
    expect(found.get("Damascus")).toMatchObject({ role: "admin", admin1: "Rif Dimashq" });
  });
});

describe("non-places", () => {
  it("a town's centre or heart is the town; a government's seat and a pair of demonyms are no place", () => {
    expect(candidate("Turkey attacked the city centre of Sarja with a drone.", "Sarja")?.locative).toBe(true);
    expect(candidate("Shells fell in the heart of Ihsim.", "Ihsim")?.locative).toBe(true);
    expect(mentions("Soldiers of the government in Damascus were injured in Ihsim.")).not.toContain(
      "Damascus",
    );
    expect(mentions("positions of the regime in Ihsim were shelled")).toContain("Ihsim");
    expect(candidate("The raid was near the Syrian-Turkish border.", "Syrian-Turkish")?.shape).toBe(
      "demonym",
    );
    expect(mentions("the US military's Central Command said on Sunday")).not.toContain("Command");
    expect(candidate("a spokesman told al-Jazeera English on Friday", "al-Jazeera")?.shape).toBe("speaker");
  });

  it("a name before a kinship-group noun is a family's, not a place", () => {
    expect(mentions("On Monday jets struck the Ihsim family home in Sarja.")).toEqual(["Sarja"]);
    expect(mentions("On Monday five members of the Sarja family were killed in Ihsim.")).toEqual(["Ihsim"]);
    expect(mentions("On Monday the strike hit the Sarja family's house in Ihsim.")).toEqual(["Ihsim"]);
    expect(mentions("On Monday the Ihsim clan and the Sarja families mourned.")).toEqual([]);
    // A family named after its village is still the village where the frame says so.
    expect(mentions("On Monday families in Ihsim fled the shelling.")).toEqual(["Ihsim"]);
  });

  it("drops hyphenated adjectives ending in a participle", () => {
    expect(mentions("On Monday rockets struck the Government-held town of Ihsim.")).toEqual(["Ihsim"]);
    expect(mentions("The Turkish-backed factions shelled Sarja.")).toEqual(["Sarja"]);
  });

  it("a capitalised article written apart opens the name, so the words before it place the name", () => {
    const s = "Strikes hit other towns that day, including in Al Qarya Jadida, Al Sarja and Al Ihsim.";
    expect(candidate(s, "Qarya Jadida")?.locative).toBe(true);
    expect(candidate(s, "Sarja")?.locative).toBe(true);
    expect(candidate("Delegates from Al Qarya Jadida met.", "Qarya Jadida")?.locative).toBe(false);
  });

  it("a quoted name before a settlement's kind word is that settlement's name", () => {
    const s = "Forces shelled Ihsim village and “Qarya Jadida” village in Sarja district on Monday.";
    expect(candidate(s, "Qarya Jadida")?.locative).toBe(true);
    expect(candidate(s, "Sarja")?.role).toBe("container");
    // Before another word the marks stay: an operation's or a zone's name.
    expect(
      candidate("Turkish forces deployed in the “Qarya Jadida” area fired.", "Qarya Jadida")?.locative,
    ).toBe(false);
  });

  it("a suburb in a town's countryside is a village located by the town, not a part of it", () => {
    const rural = "Gunmen attacked farmers in Qarya Jadida suburb in Sarja countryside on Monday.";
    expect(candidate(rural, "Qarya Jadida")?.role).toBe("place");
    expect(candidate(rural, "Sarja")?.role).toBe("container");
    const urban = "Gunmen attacked farmers in Qarya Jadida suburb in Sarja city on Monday.";
    expect(candidate(urban, "Qarya Jadida")?.role).toBe("part-of-next");
  });

  it("the town after a hyphenated adjective keeps its locative context", () => {
    const c = candidate("Rockets struck the Government-held town of Qarya Jadida.", "Qarya Jadida");
    expect(c).toMatchObject({ mention: "Qarya Jadida", locative: true });
  });
});

describe("bullet labels", () => {
  it("a bullet line's label is a place even when the gazetteer lacks it", () => {
    const r = resolve("Idlib countryside:\n- Qarya Jadida: 2 killed by unknown gunmen this morning.");
    expect(r.get("Qarya Jadida")).toMatchObject({
      role: "settlement",
      admin1: "Idlib",
      precision: "unresolved",
    });
  });

  it("an unmarked line label that the gazetteer lacks is not a place", () => {
    expect(resolve("Rural Idlib:\nOutcome: 1 wounded, 0 dead.").has("Outcome")).toBe(false);
    expect(resolve("Rural Idlib:\nQarya Jadida: 1 wounded, 0 dead.").has("Qarya Jadida")).toBe(false);
  });

  it("a short dashed line is a breakdown line, not a dateline", () => {
    const c = findPlaceCandidates("Ihsim — mortar shell, 2 wounded", 0, []);
    expect(c[0]).toMatchObject({ mention: "Ihsim", role: "place" });
  });
});

describe("roads and directions", () => {
  it("the two ends of a road are context, the settlement named as such is the place", () => {
    const r = resolve("A mine exploded in the desert south of Ihsim, on the Sarja–Tall Nar road.");
    expect(r.get("Ihsim")).toMatchObject({ role: "settlement", precision: "settlement" });
    expect(r.get("Sarja")?.role).toBe("context");
    expect(r.get("Tall Nar")?.role).toBe("context");
  });

  it("reads 'the road between X and Y' the same way", () => {
    const text = "Gunmen attacked a bus on the road between Ihsim and Sarja.";
    expect([candidate(text, "Ihsim")?.role, candidate(text, "Sarja")?.role]).toEqual([
      "road-end",
      "road-end",
    ]);
  });

  it("a direction before a name is locative", () => {
    const c = findPlaceCandidates("The mine went off 5 km north-east of the village of Qarya Jadida.", 0, []);
    expect(c[0]).toMatchObject({ mention: "Qarya Jadida", locative: true });
  });

  it("'X, a village west of Y' makes Y the container of X", () => {
    const c = candidate("Warplanes struck Ihsim, a village west of Sarja, on Sunday.", "Sarja");
    expect(c).toMatchObject({ mention: "Sarja", role: "container" });
  });
});

describe("airfields named after a town", () => {
  it("resolves 'X International Airport' to X's settlement entry", () => {
    const r = resolve("Missiles targeted Kafr Nuran International Airport before dawn.");
    expect(r.get("Kafr Nuran International Airport")).toMatchObject({
      precision: "settlement",
      admin1: "Aleppo",
      entry: expect.objectContaining({ id: "t:1" }),
    });
  });

  it("takes the lower-case facility words into the mention", () => {
    const c = candidate("Drones hit Ihsim military airport on Monday.", "Ihsim military airport");
    expect(c).toMatchObject({ mention: "Ihsim military airport", airfieldOf: "Ihsim", locative: true });
  });

  it("an airfield its own text places in a governorate without a settlement of its name is not elsewhere", () => {
    // Bir Hamra lies in Hama only: "the Bir Hamra airbase in Idlib countryside" is another place of the name.
    for (const text of [
      "Jets struck the Bir Hamra airbase in Idlib countryside on Monday.",
      "Jets struck the Bir Hamra military airport in rural Idlib on Monday.",
    ]) {
      const p = resolve(text).get(
        text.includes("airbase") ? "Bir Hamra airbase" : "Bir Hamra military airport",
      );
      expect(p, text).toMatchObject({ entry: null, admin1: "Idlib", anchor: { relation: "governorate" } });
    }
    // Where its governorate has one, the airfield is at it.
    expect(
      resolve("Jets struck the Sarja airbase in Aleppo countryside.").get("Sarja airbase")?.entry?.id,
    ).toBe("t:4");
  });

  it("an airfield named after a governorate is not the governorate", () => {
    const r = resolve("Missiles targeted Idlib military airport.");
    const p = r.get("Idlib military airport");
    expect(p?.role).toBe("settlement");
    expect(p?.precision).not.toBe("admin1");
  });
});

describe("names that the words around them show are not places", () => {
  const shape = (s: string, mention: string) => candidate(s, mention)?.shape;
  it.each([
    ["Colonel Tall Nar said the convoy was hit.", "Tall Nar", "person"],
    ["A woman, Marj Tahun, was killed in the shelling.", "Marj Tahun", "person"],
    ["The injured include Bir Hamra (27) and two children.", "Bir Hamra", "person"],
    ["Damascus says the strikes targeted militants.", "Damascus", "speaker"],
    ["Regime forces fired Grad rockets at the town.", "Grad", "weapon"],
  ])("%s", (sentence, mention, expected) => {
    expect(shape(sentence, mention)).toBe(expected);
    expect(resolve(sentence).has(mention)).toBe(false);
  });

  it("a victim's origin is context, not where the attack happened", () => {
    const c = candidate("A displaced man from Ihsim village was killed by shelling on Sarja.", "Ihsim");
    expect(c?.role).toBe("aside");
  });

  it("where fire came from is context, also after the passive's agent", () => {
    for (const s of [
      "Rockets fired by regime forces from positions in Ihsim hit Sarja.",
      "Shells launched by the militias from their base in Ihsim fell on Sarja.",
    ]) {
      expect(candidate(s, "Ihsim")?.role).toBe("aside");
      expect(candidate(s, "Sarja")?.role).toBe("place");
    }
  });

  it("a quarter named after a possessive is part of the possessor, which is the place", () => {
    const s = "Jets bombed Sarja's al-Sharqi neighbourhood on Monday.";
    expect(candidate(s, "al-Sharqi")?.role).toBe("part-of-previous");
    expect(candidate(s, "Sarja")?.role).toBe("place");
    expect(candidate("Jets bombed Sarja and al-Sharqi neighbourhood.", "al-Sharqi")?.role).toBe("place");
    expect(candidate("Jets bombed Idlib's Sarja district.", "Sarja")?.role).toBe("place");
  });

  it("a place before a strike or attack noun is still a place", () => {
    expect(shape("The Ihsim drone strike killed two.", "Ihsim")).toBe("name");
  });
});

describe("names the gazetteer knows decide a span's extent", () => {
  const known = (name: string) => ["Arab Hassan", "jrablus", "Jrablus"].includes(name);
  const spans = (s: string) => nameSpans(s, 0, [], known).map((r) => s.slice(r.start, r.end));

  it("an adjective that opens a known name stays in the span; elsewhere it cuts the run", () => {
    expect(spans("The shells hit the village of Arab Hassan, north of Manbij.")).toEqual([
      "Arab Hassan",
      "Manbij",
    ]);
    expect(spans("The Syrian Arab Army shelled Ihsim.")).toEqual(["Ihsim"]);
  });

  it("a lower-case generic head of a village name opens the name after it", () => {
    expect(spans("The rockets fell near a camp in the tel Al-Samen area on Monday.")).toEqual([
      "tel Al-Samen",
    ]);
    expect(spans("The drone hit a car near kafr Nabl and the ain Issa road.")).toEqual([
      "kafr Nabl",
      "ain Issa",
    ]);
    // Only right before a capitalised name: "the tel was shelled" names nothing.
    expect(spans("The old tel near Ihsim was shelled.")).toEqual(["Ihsim"]);
  });

  it("a facility named after a known town with words of its kind between is at that town", () => {
    const knownTown = (name: string) => name === "Kafr Nabl";
    const inText = (t: string) => nameSpans(t, 0, [], knownTown).map((r) => t.slice(r.start, r.end));
    expect(inText("The jets struck the Kafr Nabl Surgical Hospital on Monday.")).toEqual(["Kafr Nabl"]);
    // A facility's own name that opens with no known town stays whole.
    expect(inText("The jets struck the Orient Surgical Hospital on Monday.")).toEqual(["Orient Surgical"]);
  });

  it("a capitalised article between two words before a kind word joins them into one name", () => {
    expect(spans("The shells hit the Bab Al Nerab district and Jeb El Safa village.")).toEqual([
      "Bab Al Nerab",
      "Jeb El Safa",
    ]);
    // Without a kind word after them the article still cuts the run.
    expect(spans("Fighters of Jaish Al Islam shelled Ihsim.")).not.toContain("Jaish Al Islam");
  });

  it("a plural kind word after names is their common head, never part of the last name", () => {
    expect(spans("HTS shelled positions in Jurin and Naorat Jurin Villages in Hama countryside.")).toEqual([
      "Jurin",
      "Naorat Jurin",
      "Hama",
    ]);
    expect(spans("The shells hit the Ihsim and Sarja Camps.")).toEqual(["Ihsim", "Sarja"]);
  });

  it("stop words inside a known name join its runs; elsewhere they still cut", () => {
    const knownHere = (name: string) =>
      [
        "Ain Al Arab",
        "Jeb Sheikh Obeid",
        "Little Upper Haswiyeh",
        "Abu Obaidah Al Jarrah",
        "Al Sham",
      ].includes(name);
    const inText = (s: string) => nameSpans(s, 0, [], knownHere).map((r) => s.slice(r.start, r.end));
    expect(inText("Civilians were killed in Ain Al Arab.")).toEqual(["Ain Al Arab"]);
    expect(inText("Regime forces shelled Jeb Sheikh Obeid.")).toEqual(["Jeb Sheikh Obeid"]);
    expect(inText("Little Upper Haswiyeh was shelled.")).toEqual(["Little Upper Haswiyeh"]);
    expect(inText("It hit Abu Obaidah Al Jarrah's market.")).toEqual(["Abu Obaidah Al Jarrah"]);
    // A stop word opening a known name is not joined to the run after it ("Al Sham", a name of Damascus).
    expect(inText("Fighters of Ahrar Al Sham shelled Ihsim.")).toEqual(["Ahrar", "Sham", "Ihsim"]);
    // Several adjectives opening a known name ("Southern Lower Um Hajra") stay in the span.
    const opening = (n: string) => ["Southern Lower Um Hajra", "Lower New Siha"].includes(n);
    const openSpans = (t: string) => nameSpans(t, 0, [], opening).map((r) => t.slice(r.start, r.end));
    expect(openSpans("It hit Southern Lower Um Hajra and Lower New Siha.")).toEqual([
      "Southern Lower Um Hajra",
      "Lower New Siha",
    ]);
    expect(openSpans("It hit Southern Lower Siha.")).toEqual(["Siha"]);
    // Not a known whole: the stop words cut as before.
    expect(inText("It hit Ain Al Hamra and Jeb Sheikh Hassan.")).toEqual(["Ain", "Hamra", "Jeb", "Hassan"]);
  });

  it("a lower-case known name in a frame only a place fills counts; English words never do", () => {
    expect(spans("The shells hit jrablus outskirts in Aleppo countryside.")).toEqual(["jrablus", "Aleppo"]);
    expect(spans("The shells hit the eastern outskirts of the town of about 7,000 people.")).toEqual([]);
    // Without gazetteer knowledge lower-case words are never names.
    expect(nameSpans("The shells hit jrablus outskirts.", 0, [])).toEqual([]);
  });

  it("a lower-case known name, or one opening a capitalised word, counts before 'district of' a city", () => {
    const knownHere = (name: string) => ["Al jrablus", "khan Touman"].includes(name);
    const inFrame = (s: string) => nameSpans(s, 0, [], knownHere).map((r) => s.slice(r.start, r.end));
    expect(inFrame("It occurred in the Al jrablus district of Aleppo.")).toEqual(["Al jrablus", "Aleppo"]);
    expect(inFrame("It occurred in the khan Touman district of Aleppo.")).toEqual(["khan Touman", "Aleppo"]);
    expect(inFrame("It occurred in the eastern district of Aleppo.")).toEqual(["Aleppo"]);
  });

  it("a possessive ends a name: the name after it is another", () => {
    expect(spans("A convoy was hit in Aleppo's Termaneen district.")).toEqual(["Aleppo", "Termaneen"]);
  });
});

describe("places named by relation", () => {
  it("'located between X and Y': X is the incident place, Y locates it", () => {
    const text = "A drone struck a school located between Ihsim and Sarja on Monday.";
    expect([candidate(text, "Ihsim")?.role, candidate(text, "Sarja")?.role]).toEqual([
      "between",
      "between-end",
    ]);
  });

  it("'X, 16 km west of the city of Y' and 'X and Y frontlines north of Z' make the last one the container", () => {
    expect(candidate("Warplanes struck Zahrat, 16 km west of the city of Sarja.", "Sarja")?.role).toBe(
      "container",
    );
    expect(candidate("Clashes erupted on Zahrat and Masrab frontlines north of Sarja.", "Sarja")?.role).toBe(
      "container",
    );
  });

  it("'Y district' resolves to the town seating the district of its name", () => {
    expect(resolve("Shells hit Zahrat village in the west of Ihsim district.").get("Zahrat")).toMatchObject({
      precision: "near",
      anchor: { relation: "district", name: "Ihsim" },
    });
  });
});

describe("a person noun opening the sentence", () => {
  it("is a common noun, not a name that the next place lies inside", () => {
    const shapes = (s: string) =>
      findPlaceCandidates(s, 0, []).map((c) => [c.mention, c.role] as [string, string]);
    expect(shapes("Residents of Kafr Nuran woke to shelling.")).toEqual([["Kafr Nuran", "place"]]);
    expect(shapes("Civilians in Ihsim fled the shelling.")).toEqual([["Ihsim", "place"]]);
  });
});

describe("'the Idlib town of X'", () => {
  it("the name before the kind word locates X; X is the place", () => {
    const roles = (s: string) =>
      findPlaceCandidates(s, 0, []).map((c) => [c.mention, c.role] as [string, string]);
    expect(roles("Regime forces shelled the Idlib town of Ihsim on Monday.")).toEqual([
      ["Idlib", "locates-next"],
      ["Ihsim", "place"],
    ]);
    expect(roles("Regime jets struck the northern Hama village of Kafr Nuran.")).toEqual([
      ["Hama", "locates-next"],
      ["Kafr Nuran", "place"],
    ]);
  });
});

describe("a village written with a qualifier after its name", () => {
  it("is the village of its head when that lies by another place of its sentence", () => {
    const found = resolve(
      "Armed men stormed the two villages of Ihsim al-Qiblia and Sarja early on Monday, residents said.",
    );
    expect(found.get("Ihsim al-Qiblia")).toMatchObject({ precision: "settlement", entry: { id: "t:2" } });
  });

  it("stays unknown alone, or when its head lies far from the places beside it", () => {
    expect(
      resolve("Armed men stormed the village of Ihsim al-Qiblia early on Monday, residents said.").get(
        "Ihsim al-Qiblia",
      )?.entry,
    ).toBeNull();
    expect(
      resolve(
        "Armed men stormed the two villages of Ihsim al-Qiblia and Bir Hamra early on Monday, residents said.",
      ).get("Ihsim al-Qiblia")?.entry,
    ).toBeNull();
  });
});
