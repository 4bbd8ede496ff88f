import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
const nlp = winkNLP(model);
const its = nlp.its;
const doc = nlp.readDoc(process.argv[2] ?? "");
console.log(doc.tokens().out(its.lemma), doc.tokens().out(its.pos));
