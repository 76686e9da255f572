/**
 * Controlled vocabularies of the list fields (stored as JSON arrays).
 * The espace lists use the exact labels of the national "schéma de données des lieux de
 * médiation numérique" (ANCT) so that the directory exports without any translation table.
 */
export const SYSTEMS = ['Windows', 'Linux', 'macOS', 'ChromeOS', 'Android', 'iOS'] as const;

export const ANCT_SERVICES = [
  'Acquisition de matériel informatique à prix solidaire',
  'Aide aux démarches administratives',
  'Maîtrise des outils numériques du quotidien',
  'Insertion professionnelle via le numérique',
  'Utilisation sécurisée du numérique',
  'Parentalité et éducation avec le numérique',
  'Loisirs et créations numériques',
  'Compréhension du monde numérique',
  'Accès internet et matériel informatique',
] as const;

export const ANCT_PUBLICS = ['Jeunes', 'Étudiants', 'Familles et/ou enfants', 'Seniors', 'Femmes'] as const;

export const ANCT_SPECIFIC_SUPPORT = [
  'Surdité',
  'Handicaps moteurs',
  'Handicaps mentaux',
  'Illettrisme',
  'Langues étrangères (anglais)',
  'Langues étrangères (autres)',
  'Déficience visuelle',
] as const;

export const ANCT_ACCESS_MODES = [
  'Se présenter',
  'Téléphoner',
  'Contacter par mail',
  'Envoyer un mail avec une fiche de prescription',
  'Prendre un RDV en ligne',
] as const;

export const ANCT_SUPPORT_MODES = ['En autonomie', 'Accompagnement individuel', 'Dans un atelier collectif', 'À distance'] as const;

export const ANCT_FEES = ['Gratuit', 'Gratuit sous condition', 'Payant'] as const;

/**
 * Suggested values of a space's free lists, offered in the admin (descriptions and placeholders)
 * so that spaces write the same label the same way; any other value is accepted: a network or a
 * usage the list does not know yet is still true of the space.
 */
export const SUGGESTED_LABELS = ['France Services', 'Conseiller numérique', 'Aidants Connect', 'Pass numérique', 'PIX', 'Fabrique de territoire'] as const;

export const SUGGESTED_USAGES = [
  'démarches administratives en ligne',
  'bureautique',
  "recherche d'emploi",
  'création multimédia',
  'fabrication numérique',
  'jeux vidéo et programmation',
  'smartphone et tablette',
  'visio et téléconsultation',
  'impression et numérisation',
  'lecture numérique',
  "reconditionnement d'ordinateurs",
  'français et numérique',
] as const;
