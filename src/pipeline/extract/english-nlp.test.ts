import { describe, expect, it } from "vitest";
import winkNLP from "wink-nlp";
import { englishModel } from "./english-model.js";
import { englishNlp, readSentencesOnly } from "./english-nlp.js";

const TEXT =
  "Regime forces fired rockets at Kafr Nuran on Tuesday. Two children were killed, said Dr. Ahmad al-Hassan.\n\nShells fell on Ariha. The U.S. said nothing.";

describe("readSentencesOnly (the shared instance, without tagging)", () => {
  const nlp = englishNlp();
  const its = nlp.its;
  const lemma = its.lemma as unknown as typeof its.value;

  it("reads the tokens and sentences of a tagged read", () => {
    const untagged = readSentencesOnly(TEXT);
    const tagged = nlp.readDoc(TEXT);
    expect(untagged.tokens().out(its.value)).toEqual(tagged.tokens().out(its.value));
    expect(untagged.sentences().out(its.span)).toEqual(tagged.sentences().out(its.span));
  });

  it("skips tagging for that read only", () => {
    const tagged = nlp.readDoc(TEXT).tokens().out(its.pos);
    expect(readSentencesOnly(TEXT).tokens().out(its.pos)).not.toEqual(tagged);
    // The next reads are tagged again, exactly as by an instance that never skipped.
    const fresh = winkNLP(englishModel(), ["sbd", "pos"]);
    for (const text of [TEXT, "A drone struck a car near Sarmada, killing two."]) {
      const ours = nlp.readDoc(text).tokens();
      const theirs = fresh.readDoc(text).tokens();
      expect(ours.out(its.pos)).toEqual(theirs.out(fresh.its.pos));
      expect(ours.out(lemma)).toEqual(theirs.out(fresh.its.lemma as unknown as typeof its.value));
    }
  });
});
