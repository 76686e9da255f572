import { defineLayout } from '../types';

/** A place outside the network's spaces (« hors les murs »), shown on the map. */
export const eventVenueLayout = defineLayout({
  uid: 'evenement.lieu',
  fields: {
    name: { label: 'Nom du lieu', placeholder: 'Ex. : Salle polyvalente, marché de Pleyben' },
    address: { label: 'Adresse', placeholder: 'Ex. : Place de la Mairie' },
    postalCode: { label: 'Code postal', placeholder: '29190' },
    commune: { label: 'Commune' },
    latitude: { label: 'Latitude', description: 'Pour la carte, avec la longitude (ex. : 48.2236)' },
    longitude: { label: 'Longitude', description: 'Pour la carte, avec la latitude (ex. : -3.9842)' },
  },
  edit: [
    {
      group: 'Lieu hors les murs',
      rows: [
        ['name', 'address'],
        ['postalCode', 'commune'],
        ['latitude', 'longitude'],
      ],
    },
  ],
  list: [],
  settings: { mainField: 'name' },
});
