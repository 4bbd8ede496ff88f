import { describe, expect, it } from "vitest";
import { buildKnowledge, parseGazetteerFile } from "./index.js";

describe("buildKnowledge", () => {
  it("builds the gazetteer and the actor registry", () => {
    const knowledge = buildKnowledge();
    expect(knowledge.places.findPlaces("Saraqib")[0]?.entry.admin1).toBe("Idlib");
    expect(knowledge.actors.findActors("regime forces", "2021-05-01")[0]?.actor.id).toBe("SY_GOV_ASSAD");
  });

  it("adds imported places and can leave the built-in ones out", () => {
    const imported = parseGazetteerFile(
      "PCODE,NAME_EN,NAME_ARA,ADMIN1_EN,LATITUDE,LONGITUDE\nC9,Mithal,مثال,Idleb,35.7,36.5\n",
    );
    const knowledge = buildKnowledge({ importedPlaces: imported.places, includeBuiltinPlaces: false });
    expect(knowledge.places.size).toBe(1);
    expect(knowledge.places.findPlaces("Methal")[0]?.entry.id).toBe("ocha:C9");
    expect(knowledge.places.findPlaces("Saraqib")).toEqual([]);
  });
});
