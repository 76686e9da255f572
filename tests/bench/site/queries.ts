/**
 * The query set of the comparison: what people type (with and without accents, with a typo,
 * half a word), and the fiche each should bring first. The fiches are the fixture's real ones,
 * which the large corpus keeps among thousands of generated look-alikes.
 */
export interface BenchQuery {
  query: string;
  /** URL path of the fiche expected first. */
  expected: string;
}

const q = (query: string, slug: string): BenchQuery => ({ query, expected: `/fiches/${slug}/` });

export const QUERIES: BenchQuery[] = [
  q('imprimante réseau hors ligne', 'imprimante-reseau-hors-ligne'),
  q('imprimante reseau', 'imprimante-reseau-hors-ligne'),
  q('imprimente hors ligne', 'imprimante-reseau-hors-ligne'),
  q('hameçonnage', 'reconnaitre-hameconnage'),
  q('hameconnage', 'reconnaitre-hameconnage'),
  q('reconnaitre hameçon', 'reconnaitre-hameconnage'),
  q('clonezilla', 'sauvegarde-postes-clonezilla'),
  q('restaurer postes publics clonezilla', 'sauvegarde-postes-clonezilla'),
  q('keepassxc', 'gestionnaire-mots-de-passe-keepassxc'),
  q('gestionnaire de mots de passe', 'gestionnaire-mots-de-passe-keepassxc'),
  q('double authentification', 'double-authentification'),
  q('double authentifcation', 'double-authentification'),
  q('installer linux mint', 'installer-linux-mint'),
  q('linux mint', 'installer-linux-mint'),
  q('vidéoprojecteur écran noir', 'ecran-noir-videoprojecteur'),
  q('videoprojecteur pas d image', 'ecran-noir-videoprojecteur'),
  q('remplacer disque dur ssd', 'disque-dur-lent-ssd'),
  q('wifi portail captif', 'wifi-public-portail-captif'),
  q('portail captif', 'wifi-public-portail-captif'),
  q('compte ameli', 'creer-compte-ameli'),
  q('franceconnect identité numérique', 'franceconnect-identite-numerique'),
  q('recadrer photo gimp', 'retoucher-photo-gimp'),
  q('montage vidéo shotcut', 'montage-video-shotcut'),
  q('fin du support windows 10', 'fin-support-windows-10'),
  q('mises à jour windows 11 bloquées', 'mises-a-jour-windows-bloquees'),
  q('smartphone mémoire pleine', 'memoire-pleine-smartphone'),
  q('memoire plene smartphone', 'memoire-pleine-smartphone'),
  q('partager connexion smartphone', 'partage-connexion-smartphone'),
  q('transférer contacts nouveau téléphone', 'transferer-contacts-nouveau-telephone'),
  q('scanner justificatif smartphone', 'scanner-document-smartphone'),
  q('charte d utilisation', 'charte-utilisation-epn'),
  q('connexion internet lente', 'diagnostiquer-connexion-lente'),
  q('convertir pdf', 'convertir-pdf'),
  q('fusionner alléger pdf', 'convertir-pdf'),
  q('navigateur extensions publicités', 'nettoyer-navigateur-extensions'),
  q('sessions invité à zéro chaque démarrage', 'session-invite-restauree'),
  q('reconditionner ordinateur donné', 'reconditionner-un-ordinateur-don'),
  q('modèle de courrier libreoffice writer', 'libreoffice-modeles-courrier'),
  q('atelier tablette seniors', 'atelier-decouverte-tablette-seniors'),
  q('sauvegarder photos android', 'sauvegarder-photos-android'),
  q('accueillir personne éloignée du numérique', 'accueillir-personne-eloignee-numerique'),
  q('keepas', 'gestionnaire-mots-de-passe-keepassxc'),
];
