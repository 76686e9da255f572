import { defineLayout } from '../types';

/** What the place offers people with a disability, next to the ANCT's free text: each box is public. */
export const accessFeaturesLayout = defineLayout({
  uid: 'espace.access-features',
  fields: {
    stepFree: { label: 'Accès sans marche', description: 'De plain-pied, par une rampe ou un ascenseur' },
    adaptedToilets: { label: 'Toilettes adaptées', description: 'Dans le bâtiment, accessibles en fauteuil' },
    hearingLoop: { label: 'Boucle magnétique', description: 'À l’accueil ou pour les ateliers' },
    adaptedWorkstation: { label: 'Poste adapté', description: 'Hauteur réglable, clavier à gros caractères, loupe ou lecteur d’écran' },
    disabledParking: { label: 'Stationnement réservé', description: 'Places pour personnes handicapées à proximité' },
  },
  edit: [
    {
      group: 'Accessibilité du lieu',
      rows: [
        ['stepFree', 'adaptedToilets', 'hearingLoop'],
        ['adaptedWorkstation', 'disabledParking'],
      ],
    },
  ],
  list: [],
  settings: {},
});
