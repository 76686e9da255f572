import type { Schema, Struct } from '@strapi/strapi';

export interface InterventionLogEntry extends Struct.ComponentSchema {
  collectionName: 'components_intervention_log_entries';
  info: {
    description: "Une \u00E9tape du suivi d'une intervention";
    displayName: 'Entr\u00E9e de suivi';
    icon: 'clock';
  };
  attributes: {
    author: Schema.Attribute.Relation<'manyToOne', 'admin::user'>;
    date: Schema.Attribute.DateTime & Schema.Attribute.Required;
    minutesSpent: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<0>;
    text: Schema.Attribute.Text & Schema.Attribute.Required;
    visibleToRequester: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
  };
}

export interface SharedContact extends Struct.ComponentSchema {
  collectionName: 'components_shared_contacts';
  info: {
    description: "Coordonn\u00E9es d'une personne (donn\u00E9es priv\u00E9es)";
    displayName: 'Contact';
    icon: 'user';
  };
  attributes: {
    email: Schema.Attribute.Email;
    name: Schema.Attribute.String & Schema.Attribute.Required;
    organisation: Schema.Attribute.String;
    phone: Schema.Attribute.String;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'intervention.log-entry': InterventionLogEntry;
      'shared.contact': SharedContact;
    }
  }
}
