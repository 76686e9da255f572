/**
 * Who sees each field of a space, decided once, here: `public` fields reach the public API, the
 * site and (when the national schema has them) the open-data export; `network` fields are seen in
 * the admin panel by the network's accounts and nowhere else. `register()` applies this table to
 * the content type (Strapi's `private` flag), so schema.json carries no privacy of its own; a
 * unit test fails when an attribute is missing here, and the privacy suite checks every `network`
 * field against every public response, the built site and the exports.
 */
export type FieldVisibility = 'public' | 'network';

export const ESPACE_FIELD_VISIBILITY = {
  name: 'public',
  slug: 'public',
  type: 'public',
  siret: 'public',
  summary: 'public',
  description: 'public',
  address: 'public',
  addressComplement: 'public',
  postalCode: 'public',
  commune: 'public',
  inseeCode: 'public',
  latitude: 'public',
  longitude: 'public',
  openingHours: 'public',
  // The space's own public contact (its reception), not a person's.
  phone: 'public',
  email: 'public',
  website: 'public',
  // Derived from the machines when the space lists them: a count, not the list.
  publicWorkstations: 'public',
  operatingSystems: 'public',
  installedSoftware: 'public',
  // Firewall, switches, Wi-Fi names: what an intruder would like to read.
  networkDescription: 'network',
  machines: 'network',
  connection: 'network',
  publicWifi: 'public',
  referent: 'network',
  team: 'network',
  services: 'public',
  publics: 'public',
  specificSupport: 'public',
  accessModes: 'public',
  supportModes: 'public',
  fees: 'public',
  accessibility: 'public',
  accessibilityUrl: 'public',
  accessFeatures: 'public',
  intercommunality: 'public',
  labels: 'public',
  usages: 'public',
  lastUpdated: 'public',
  editSummary: 'network',
} as const satisfies Record<string, FieldVisibility>;

export type EspaceField = keyof typeof ESPACE_FIELD_VISIBILITY;

export const NETWORK_ONLY_ESPACE_FIELDS = (Object.keys(ESPACE_FIELD_VISIBILITY) as EspaceField[]).filter(
  (field) => ESPACE_FIELD_VISIBILITY[field] === 'network',
);

/**
 * Of the network-only fields, those about people (the referent's contact, the team's accounts):
 * old revisions lose them after the retention period (revisions' `personalFields`). The others
 * (connection, network description, machines) are the space's, and keep their history.
 */
export const PERSONAL_ESPACE_FIELDS: readonly EspaceField[] = ['referent', 'team'];
