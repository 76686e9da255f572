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

export interface EvenementLieu extends Struct.ComponentSchema {
  collectionName: 'components_evenement_lieux';
  info: {
    description: 'O\u00F9 se tient un \u00E9v\u00E9nement hors des espaces du r\u00E9seau (salle communale, march\u00E9, foyer) : une adresse libre, plac\u00E9e sur la carte';
    displayName: 'Lieu hors les murs';
    icon: 'pinMap';
  };
  attributes: {
    address: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    commune: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    latitude: Schema.Attribute.Float &
      Schema.Attribute.SetMinMax<
        {
          max: 90;
          min: -90;
        },
        number
      >;
    longitude: Schema.Attribute.Float &
      Schema.Attribute.SetMinMax<
        {
          max: 180;
          min: -180;
        },
        number
      >;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
    postalCode: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 10;
      }>;
  };
}

export interface EvenementRecurrence extends Struct.ComponentSchema {
  collectionName: 'components_evenement_recurrences';
  info: {
    description: 'La r\u00E8gle d\u2019une s\u00E9rie de s\u00E9ances (\u00AB tous les mardis \u00E0 14 h pendant 6 semaines \u00BB, \u00AB le premier samedi du mois \u00BB) : les s\u00E9ances en sont tir\u00E9es \u00E0 l\u2019enregistrement, puis se modifient une \u00E0 une';
    displayName: 'R\u00E9currence';
    icon: 'calendar';
  };
  attributes: {
    count: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 366;
          min: 1;
        },
        number
      >;
    durationMinutes: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 1440;
          min: 1;
        },
        number
      >;
    exceptions: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 4000;
      }>;
    frequency: Schema.Attribute.Enumeration<['chaque_semaine', 'chaque_mois_jour_de_semaine', 'chaque_mois_date']> & Schema.Attribute.Required;
    from: Schema.Attribute.Date & Schema.Attribute.Required;
    interval: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 99;
          min: 1;
        },
        number
      > &
      Schema.Attribute.DefaultTo<1>;
    monthDay: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 31;
          min: 1;
        },
        number
      >;
    position: Schema.Attribute.Enumeration<['premier', 'deuxieme', 'troisieme', 'quatrieme', 'cinquieme', 'dernier']>;
    time: Schema.Attribute.Time & Schema.Attribute.Required;
    until: Schema.Attribute.Date;
    weekdays: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
  };
}

export interface EvenementSeance extends Struct.ComponentSchema {
  collectionName: 'components_evenement_seances';
  info: {
    description: 'Une s\u00E9ance dat\u00E9e d\u2019une s\u00E9rie : tir\u00E9e de la r\u00E8gle de r\u00E9currence, puis modifiable (heure d\u00E9plac\u00E9e, s\u00E9ance annul\u00E9e)';
    displayName: 'S\u00E9ance';
    icon: 'clock';
  };
  attributes: {
    cancelled: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    day: Schema.Attribute.Date & Schema.Attribute.Required;
    endsAt: Schema.Attribute.DateTime & Schema.Attribute.Required;
    note: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    startsAt: Schema.Attribute.DateTime & Schema.Attribute.Required;
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
      'evenement.lieu': EvenementLieu;
      'evenement.recurrence': EvenementRecurrence;
      'evenement.seance': EvenementSeance;
      'intervention.log-entry': InterventionLogEntry;
      'shared.contact': SharedContact;
    }
  }
}
