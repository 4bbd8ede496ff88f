/**
 * The extraction stage's one wink-nlp instance, created on first use: sentence boundaries (sbd) for
 * sentences.ts and part-of-speech tags with lemmas (pos) for clause-events.ts, from a model without the
 * machines of annotations this pipe never runs (sentenceAndTagModel). One instance with both
 * annotations rather than one per use: each instance copies and indexes the whole language model
 * (about 0.2 s of CPU) and fills its own lexeme cache. Neither annotation reads the other's output, so
 * boundaries and tags are those of the two separate instances (the golden fixtures and eval figures
 * are unchanged).
 * Sentence splitting reads whole documents and needs no tags, yet the instance's pipe would tag every
 * token of them (a fifth of a whole-document read, about 0.15 ms per report, and its garbage):
 * readSentencesOnly switches tagging off for that one read. wink runs its stages in a fixed order
 * (tokens, sentences, …, tags; wink-nlp/src/wink-nlp.js readDoc) and reads its pipe, a private object
 * it also hands to the sentence setter as `rdd.currPipe`, before each stage; so the setter, wrapped
 * here, clears `pos` for that read and readSentencesOnly restores it at once. Tagging writes only the
 * document's own tokens (the model's pos-setter and pos-updater), never the shared lexeme cache, so
 * later tagged reads are unchanged; english-nlp.test.ts checks both.
 */
import winkNLP, { type Document as WinkDocument, type WinkMethods } from "wink-nlp";
import { sentenceAndTagModel } from "./english-model.js";

let nlp: WinkMethods | undefined;
/** True only during readSentencesOnly's read. */
let sentencesOnly = false;
/** wink's pipe of the shared instance, as its sentence setter first saw it. */
let pipe: { pos?: boolean } | undefined;

type SentenceModel = { setter: (px: unknown, rdd: { currPipe: { pos?: boolean } }) => void };

/** The English model whose sentence setter switches tagging off during readSentencesOnly. */
function modelWithSentenceOnlyReads(): ReturnType<typeof sentenceAndTagModel> {
  const model = sentenceAndTagModel();
  const loadSentenceModel = model.sbd as unknown as () => SentenceModel;
  const sbd = (): SentenceModel => {
    const loaded = loadSentenceModel();
    return {
      ...loaded,
      setter: (px, rdd) => {
        loaded.setter(px, rdd);
        pipe = rdd.currPipe;
        if (sentencesOnly) pipe.pos = false;
      },
    };
  };
  return { ...model, sbd: sbd as unknown as typeof model.sbd };
}

/**
 * The shared wink-nlp instance.
 * @example englishNlp().readDoc("Shelling hit Ariha. Two died.").sentences().length() // 2
 */
export function englishNlp(): WinkMethods {
  nlp ??= winkNLP(modelWithSentenceOnlyReads(), ["sbd", "pos"]);
  return nlp;
}

/**
 * `text` read by the shared instance for its tokens and sentences only (no tags or lemmas: ask
 * englishNlp().readDoc for those).
 * @example readSentencesOnly("Shelling hit Ariha. Two died.").sentences().length() // 2
 */
export function readSentencesOnly(text: string): WinkDocument {
  const instance = englishNlp();
  sentencesOnly = true;
  try {
    return instance.readDoc(text);
  } finally {
    sentencesOnly = false;
    if (pipe) pipe.pos = true;
  }
}
