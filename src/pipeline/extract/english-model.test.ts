import { describe, expect, it } from "vitest";
import packageModel from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import { englishModel, loadCoreModel, sentenceAndTagModel } from "./english-model.js";

describe("englishModel (wink-eng-lite-web-model with its core parsed once)", () => {
  it("reads the same core model as the package's own loader", () => {
    // Every value compared, typed arrays and sets included (toStrictEqual takes seconds on 3 MB).
    const canonical = (model: unknown) =>
      JSON.stringify(model, (_key, value: unknown) =>
        value instanceof Set
          ? { set: [...(value as Set<unknown>)] }
          : value instanceof Uint32Array
            ? { uint32: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("base64") }
            : value,
      );
    const theirs = (packageModel as unknown as { core: () => unknown }).core();
    expect(canonical(loadCoreModel()) === canonical(theirs)).toBe(true);
  });

  it("takes every other part from the package", () => {
    const ours = englishModel() as unknown as Record<string, unknown>;
    const theirs = packageModel as unknown as Record<string, unknown>;
    expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
    for (const part of ["sbd", "pos", "ner", "negation", "sa", "metaCER", "featureFn"])
      expect(ours[part], part).toBe(theirs[part]);
    expect(ours.addons).toEqual(theirs.addons);
  });

  it("gives wink the same sentences, lemmas and tags", () => {
    const text =
      "Regime forces fired rockets at Kafr Nuran on Tuesday. Two children were killed, said Dr. Ahmad al-Hassan.";
    const read = (nlp: ReturnType<typeof winkNLP>) => {
      const doc = nlp.readDoc(text);
      return {
        sentences: doc.sentences().out(),
        lemmas: doc.tokens().out(nlp.its.lemma as unknown as typeof nlp.its.value),
        tags: doc.tokens().out(nlp.its.pos),
      };
    };
    expect(read(winkNLP(englishModel(), ["sbd", "pos"]))).toEqual(
      read(winkNLP(packageModel, ["sbd", "pos"])),
    );
  });
});

describe("sentenceAndTagModel (no named-entity, negation or sentiment machines)", () => {
  it("gives a sentences-and-tags pipe the same tokens, sentences, lemmas and tags as the whole model", () => {
    const text =
      "BEIRUT, Dec 3 (AFP) - Regime forces fired rockets at Kafr Nuran on Tuesday; it was not the first time.\n\n" +
      "Two children weren't killed, said Dr. Ahmad al-Hassan of the U.N. Another man was wounded in al-Bab.";
    const read = (nlp: ReturnType<typeof winkNLP>) => {
      const doc = nlp.readDoc(text);
      return {
        tokens: doc.tokens().out(),
        sentences: doc.sentences().out(),
        lemmas: doc.tokens().out(nlp.its.lemma as unknown as typeof nlp.its.value),
        tags: doc.tokens().out(nlp.its.pos),
      };
    };
    const whole = winkNLP(englishModel(), ["sbd", "pos"]);
    const lean = winkNLP(sentenceAndTagModel(), ["sbd", "pos"]);
    expect(read(lean)).toEqual(read(whole));
    expect(read(lean).sentences).toHaveLength(3);
  });
});
