/**
 * Everyday French verb forms the Snowball stemmer leaves apart, brought together before it runs
 * (on folded words, at build time and in the browser alike). Visitors describe a symptom with a
 * verb ("l'ordi rame", "j'ai perdu le code"), fiches name it with another form or a noun ("ramer",
 * "perte", "connexion"): the stemmer joins "ramer" and "rame" but not "rament", "perdre" and
 * "perdu", "connecté" and "connexion", "bloquée" and "bloqué" (once folded, "ee" is no suffix it
 * knows). A short table of the forms that matter, not a lexicon: a word missing here still meets
 * its other forms whenever the stemmer already joins them.
 */

/** Folded word → the form whose stem it should share. */
const FORMS: Record<string, string> = Object.fromEntries(
  Object.entries({
    // Third person plural, which the stemmer keeps whole ("rament" → "rament").
    rame: ['rament'],
    marche: ['marchent'],
    plante: ['plantent', 'plantage', 'plantages'],
    bloque: ['bloquent', 'blocage', 'blocages'],
    fonctionne: ['fonctionnent'],
    connecte: ['connectent', 'connexion', 'connexions'],
    deconnecte: ['deconnexion', 'deconnexions'],
    imprime: ['impriment', 'impression', 'impressions'],
    demarre: ['demarrent', 'demarrage', 'demarrages', 'redemarrage'],
    redemarre: ['redemarrent'],
    // Irregular verbs and their nouns.
    perdu: ['perdre', 'perd', 'perds', 'perdent', 'perdus', 'perte', 'pertes'],
    oublie: ['oublier', 'oubli', 'oublis', 'oublient'],
    eteint: ['eteindre', 'eteins', 'eteignent', 'eteinte', 'eteints', 'eteintes'],
    ouvre: ['ouvrir', 'ouvert', 'ouverte', 'ouverts', 'ouvertes', 'ouvrent'],
    envoie: ['envoyer', 'envoye', 'envoyes', 'envoi', 'envois', 'envoient'],
    recu: ['recevoir', 'recois', 'recoit', 'recoivent', 'recus', 'reception'],
    ecrit: ['ecrire', 'ecris', 'ecrivent', 'ecrits'],
    mis: ['mettre', 'met', 'mets', 'mettent'],
    pris: ['prendre', 'prend', 'prends', 'prennent'],
    vu: ['voir', 'vois', 'voit', 'voient', 'vus'],
    lent: ['lenteur', 'lenteurs'],
  }).flatMap(([target, forms]) => forms.map((form) => [form, target])),
);

/**
 * The form a folded French word is stemmed as. Feminine participles lose their second "e" first:
 * "bloquee" (from "bloquée") is stemmed as "bloque", as "bloqué" is.
 */
export function frenchForm(word: string): string {
  const table = FORMS[word];
  if (table) return table;
  return word.length > 5 ? word.replace(/ee(s?)$/, 'e$1') : word;
}
