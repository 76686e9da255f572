import type { Schema, Struct } from '@strapi/strapi';

export interface EspaceAccessFeatures extends Struct.ComponentSchema {
  collectionName: 'components_espace_access_features';
  info: {
    description: 'Ce que le lieu offre aux personnes en situation de handicap';
    displayName: 'Accessibilit\u00E9 du lieu';
    icon: 'walk';
  };
  attributes: {
    adaptedToilets: Schema.Attribute.Boolean;
    adaptedWorkstation: Schema.Attribute.Boolean;
    disabledParking: Schema.Attribute.Boolean;
    hearingLoop: Schema.Attribute.Boolean;
    stepFree: Schema.Attribute.Boolean;
  };
}

export interface EspaceConnection extends Struct.ComponentSchema {
  collectionName: 'components_espace_connections';
  info: {
    description: "L'acc\u00E8s \u00E0 internet de l'espace (r\u00E9serv\u00E9 au r\u00E9seau)";
    displayName: 'Connexion';
    icon: 'wifi';
  };
  attributes: {
    downloadMbps: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 100000;
          min: 0;
        },
        number
      >;
    filtering: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    provider: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    type: Schema.Attribute.Enumeration<['fibre', 'adsl_vdsl', 'mobile_4g_5g', 'satellite', 'autre']>;
    uploadMbps: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 100000;
          min: 0;
        },
        number
      >;
  };
}

export interface EspaceTeamMember extends Struct.ComponentSchema {
  collectionName: 'components_espace_team_members';
  info: {
    description: "Un compte du r\u00E9seau qui tient la page et l'inventaire de l'espace";
    displayName: "Membre de l'\u00E9quipe";
    icon: 'user';
  };
  attributes: {
    member: Schema.Attribute.Relation<'oneToOne', 'admin::user'>;
    notifyFiches: Schema.Attribute.Boolean & Schema.Attribute.Required & Schema.Attribute.DefaultTo<false>;
  };
}

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
      'espace.access-features': EspaceAccessFeatures;
      'espace.connection': EspaceConnection;
      'espace.team-member': EspaceTeamMember;
      'intervention.log-entry': InterventionLogEntry;
      'shared.contact': SharedContact;
    }
  }
}
