/**
 * wink-eng-lite-web-model (pinned at 1.8.1), assembled so that its 3 MB core model is parsed once.
 * The package's own entry requires the core JSON when loaded and then, on every `core()` call, copies
 * it with JSON.parse(JSON.stringify(...)): three passes over 3 MB where one parse gives the same
 * fresh object. This file wires the package's own parts (sentence, tag, entity, negation and
 * sentiment machines, feature function, add-ons) and reads the core model as its read-core-model.js
 * and load-core-model.js do: lexicon and expansions decoded from base64, a hash per feature list,
 * POS clusters as sets, sizes and indexes for the lexeme cache. english-model.test.ts checks that the
 * result equals the package's own `core()` and that every other part is the package's, so an
 * upgrade that changes the format fails there rather than in extraction.
 */
import { createRequire } from "node:module";
import type { Model } from "wink-nlp";

const requirePart = createRequire(import.meta.url);
const PACKAGE = "wink-eng-lite-web-model/dist";

/** The parts of the core model that loading changes; the rest passes through untouched. */
interface CoreModelJson {
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<
    string,
    {
      list: string[];
      hash?: Record<string, number>;
      intrinsicSize?: number;
      index?: number;
      maxIndex?: number;
    }
  > & { posClusters: { list: (string | Set<number>)[] } };
  pos: { hash: Record<string, number> };
}

function bufferFromBase64(data: string): ArrayBuffer {
  const bytes = Buffer.from(data, "base64");
  // A copy that owns its memory: a Uint32Array needs an ArrayBuffer of its own, aligned from 0.
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

/**
 * A fresh parse of the core model's JSON. require keeps the object it parses in its cache, and the
 * package's own loader copies from that cached object; since loadCoreModel changes its object in place,
 * it must never get (or leave behind) the cached one.
 */
function parseCoreJson(): CoreModelJson {
  const file = requirePart.resolve(`${PACKAGE}/languages/cur/models/eng-core-web-model.json`);
  const cached = requirePart.cache[file];
  delete requirePart.cache[file];
  try {
    return requirePart(file) as CoreModelJson;
  } finally {
    if (cached) requirePart.cache[file] = cached;
    else delete requirePart.cache[file];
  }
}

/** The core model as the package's load-core-model.js returns it, parsed once from its JSON. */
export function loadCoreModel(): unknown {
  const model = parseCoreJson();
  const { packing, features, pos } = model;
  model.lexicon = new Uint32Array(bufferFromBase64(model.lexicon as string));
  model.xpansions = new Uint32Array(bufferFromBase64(model.xpansions as string));
  for (const f in packing.layout) {
    if (packing.layout[f]![3] !== 0) continue;
    const hash: Record<string, number> = Object.create(null) as Record<string, number>;
    features[f]!.list.forEach((value, k) => (hash[value] = k));
    features[f]!.hash = hash;
  }
  const lexemes: Record<string, number> = Object.create(null) as Record<string, number>;
  // A plain loop: 87,600 lexemes, read once per process before V8 optimises anything.
  const lexemeList = features.lexeme!.list;
  for (let k = 0; k < lexemeList.length; k++) lexemes[lexemeList[k]!] = k;
  features.lexeme!.hash = lexemes;
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++)
    clusters[k] = new Set((clusters[k] as string).split("_").map((tag) => pos.hash[tag] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme!.intrinsicSize = features.lexeme!.list.length;
  features.lexeme!.index = features.lexeme!.list.length;
  return model;
}

/**
 * The English model for wink-nlp, its core read by loadCoreModel.
 * @example winkNLP(englishModel(), ["sbd"]).readDoc("Two died. One fled.").sentences().length() // 2
 */
export function englishModel(): Model {
  return {
    ...sentenceAndTagModel(),
    ner: part("load-ner-model"),
    negation: part("load-negation-model"),
    sa: part("load-sa-model"),
  } as Model;
}

const part = (name: string): unknown => requirePart(`${PACKAGE}/${name}.js`);

/** A machine that recognises nothing, in wink's export format (wink-nlp/src/automaton.js emptyModelJSON). */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

/**
 * The English model for a pipe of sentence boundaries and part-of-speech tags ("sbd", "pos") only.
 * wink loads the machines of every annotation the model has when an instance is created, whether its
 * pipe uses them or not; readDoc runs a machine only when its annotation is in the pipe
 * (wink-nlp/src/wink-nlp.js). The named-entity, negation and sentiment machines (0.6 MB of JSON, parsed
 * twice) are therefore replaced by machines that recognise nothing, which saves a process that
 * analyses reports about 20 ms at start-up; tokens, sentences, tags and lemmas are the same
 * (english-model.test.ts). Such a model cannot be used with a pipe that asks for those annotations.
 * @example winkNLP(sentenceAndTagModel(), ["sbd", "pos"]).readDoc("Two died. One fled.").sentences().length() // 2
 */
export function sentenceAndTagModel(): Model {
  const nothing = () => ({ machines: [EMPTY_MACHINE], transformers: [], setter: () => undefined });
  return {
    core: loadCoreModel,
    sbd: part("load-sbd-model"),
    pos: part("load-pos-model"),
    ner: () => ({ machines: [], transformers: [] }),
    negation: nothing,
    sa: nothing,
    metaCER: part("load-cer-meta-model"),
    featureFn: part("feature"),
    addons: {
      stem: part("porter-stemmer"),
      lemmatize: part("lemmatize"),
      readabilityStats: part("readability-stats"),
      wordVectors: undefined,
    },
  } as Model;
}
