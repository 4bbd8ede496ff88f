/**
 * International bodies that report on, or respond in, any crisis: UN organs and agencies, the UN
 * human-rights machinery, and humanitarian organisations. Country packs add their own inquiries.
 */
import type { ActorRecord } from "../../domain/actors.js";
import { defineActor, type CountryPack } from "./country-pack.js";

export const INTERNATIONAL_ACTORS: ActorRecord[] = [
  defineActor({
    id: "UN",
    name: "United Nations",
    kind: "un_body",
    aliasesEn: ["United Nations", "UN", "U.N.", "UN Secretary-General", "UN chief"],
    aliasesAr: ["الأمم المتحدة", "الأمين العام للأمم المتحدة"],
  }),
  defineActor({
    id: "UNSC",
    name: "UN Security Council",
    kind: "un_body",
    aliasesEn: ["UN Security Council", "Security Council", "UNSC", "United Nations Security Council"],
    aliasesAr: ["مجلس الأمن", "مجلس الأمن الدولي"],
  }),
  defineActor({
    id: "UNGA",
    name: "UN General Assembly",
    kind: "un_body",
    aliasesEn: ["UN General Assembly", "United Nations General Assembly", "UNGA"],
    aliasesAr: ["الجمعية العامة للأمم المتحدة", "الجمعية العامة"],
  }),
  defineActor({
    id: "OHCHR",
    name: "Office of the UN High Commissioner for Human Rights",
    kind: "un_body",
    aliasesEn: [
      "OHCHR",
      "UN Human Rights Office",
      "UN human rights office",
      "UN High Commissioner for Human Rights",
      "UN rights office",
      "High Commissioner for Human Rights",
    ],
    aliasesAr: ["المفوضية السامية لحقوق الإنسان", "مفوضية الأمم المتحدة السامية لحقوق الإنسان"],
  }),
  defineActor({
    id: "UNICEF",
    name: "UNICEF",
    kind: "un_body",
    aliasesEn: ["UNICEF", "UN Children's Fund", "United Nations Children's Fund"],
    aliasesAr: ["اليونيسف", "يونيسف", "منظمة الأمم المتحدة للطفولة"],
    protectedRole: "humanitarian",
  }),
  defineActor({
    id: "WHO",
    name: "World Health Organization",
    kind: "un_body",
    aliasesEn: ["World Health Organization", "World Health Organisation", "WHO"],
    aliasesAr: ["منظمة الصحة العالمية"],
    protectedRole: "humanitarian",
  }),
  defineActor({
    id: "OCHA",
    name: "UN Office for the Coordination of Humanitarian Affairs",
    kind: "un_body",
    aliasesEn: [
      "OCHA",
      "UN OCHA",
      "UNOCHA",
      "Office for the Coordination of Humanitarian Affairs",
      "UN humanitarian office",
      "UN humanitarian agency",
    ],
    aliasesAr: ["مكتب تنسيق الشؤون الإنسانية", "أوتشا"],
    protectedRole: "humanitarian",
  }),
  defineActor({
    id: "ICRC",
    name: "International Committee of the Red Cross",
    kind: "ngo_monitor",
    aliasesEn: ["International Committee of the Red Cross", "ICRC", "Red Cross"],
    aliasesAr: ["اللجنة الدولية للصليب الأحمر", "الصليب الأحمر"],
    protectedRole: "humanitarian",
  }),
  defineActor({
    id: "MSF",
    name: "Médecins Sans Frontières",
    kind: "ngo_monitor",
    aliasesEn: ["Médecins Sans Frontières", "Medecins Sans Frontieres", "Doctors Without Borders", "MSF"],
    aliasesAr: ["أطباء بلا حدود"],
    protectedRole: "medical",
  }),
];

/** International bodies as a pack of their own, so every country pack can be combined with it. */
export const INTERNATIONAL_PACK: CountryPack = { country: "INT", actors: INTERNATIONAL_ACTORS };
