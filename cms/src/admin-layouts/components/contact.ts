import { defineLayout } from '../types';

/** A person's details (a space's referent, a requester): private wherever it is used. */
export const contactLayout = defineLayout({
  uid: 'shared.contact',
  fields: {
    name: { label: 'Nom', placeholder: 'Prénom Nom' },
    organisation: { label: 'Structure', placeholder: 'Ex. : Mairie de Lannilis' },
    email: { label: 'Courriel' },
    phone: { label: 'Téléphone', placeholder: '06 00 00 00 00' },
  },
  edit: [
    {
      group: 'Contact',
      rows: [
        ['name', 'organisation'],
        ['email', 'phone'],
      ],
    },
  ],
  list: [],
  settings: { mainField: 'name' },
});
