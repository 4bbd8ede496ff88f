/**
 * Kurdish (Kurmanji) names of the towns of north and north-east Syria, by OCHA P-code. Outlets of the
 * region (ANHA, Hawar, ANF, Rudaw, North Press) write "Serê Kaniyê" for Ras al-Ain, "Girê Spî" for Tell
 * Abyad, "Tirbespî" for al-Qahtaniyah; OCHA gives the Arabic name and its English transliteration only,
 * and GeoNames knows a few of them. The list covers the district and sub-district seats of the
 * Kurdish-named areas (Afrin, Kobani, the Jazira) and the towns around them whose Kurdish name is not a
 * spelling of the Arabic one; a name that differs only in spelling ("Til Temir", "Hesekê") is matched by
 * transliteration already and is listed only where the Kurdish spelling changes consonants. Spellings
 * with and without Kurdish letters match alike (the keys fold diacritics).
 */
export const KURDISH_NAMES: Readonly<Record<string, readonly string[]>> = {
  C4988: ["Serê Kaniyê", "Serêkaniyê"], // Ras al-Ain (Hasakah)
  C5005: ["Zirgan", "Zarkan"], // Abu Rasin, a sub-district seat, Arabic also Zarkan (زركان)
  C5792: ["Girê Spî"], // Tell Abyad (Raqqa)
  C4751: ["Tirbespî", "Tirbê Spî"], // al-Qahtaniyah, Arabic also Qubur al-Bid (Hasakah)
  C4688: ["Amûdê"], // Amuda
  C5054: ["Dirbêsiyê"], // al-Darbasiyah
  C4881: ["Dêrika Hemko", "Dêrik"], // al-Malikiyah
  C4841: ["Girkê Legê"], // al-Muabbada
  C4919: ["Çilaxa"], // al-Jawadiyah
  C4639: ["Til Hemîs"], // Tal Hamis
  C4564: ["Qamişlo"], // Qamishli
  C4446: ["Şeddadê"], // al-Shaddadi
  C1946: ["Kobanî"], // Ain al-Arab (Aleppo)
  C1366: ["Efrîn"], // Afrin
  C1426: ["Cindirês"], // Jinderes
  C1525: ["Şiyê"], // Sheikh al-Hadid
  C1552: ["Mabeta"], // Maabatli
  C1484: ["Reco"], // Raju
  C1391: ["Bilbilê"], // Bulbul
  C1497: ["Şera"], // Sharran
  C1767: ["Minbic"], // Manbij
  C1621: ["Til Rifet"], // Tal Rifaat
  C5710: ["Reqa"], // Raqqa
  C5905: ["Eyn Îsa"], // Ain Issa
  C5843: ["Silûk"], // Suluk
};

/**
 * The places with the Kurdish names of their P-codes added to their alternative names.
 * @example withKurdishNames([rasAlAin])[0].altNames.includes("Serê Kaniyê") // true
 */
export function withKurdishNames<T extends { id: string; altNames: string[] }>(places: readonly T[]): T[] {
  return places.map((p) => {
    const names = KURDISH_NAMES[p.id.replace(/^ocha:/, "")];
    if (!names) return p;
    const extra = names.filter((n) => !p.altNames.includes(n));
    return extra.length > 0 ? { ...p, altNames: [...p.altNames, ...extra] } : p;
  });
}
