/** Message ids of the « Inscriptions » panel: the app's own, not a plugin's. */
export const t = (id: string) => `reseau.registrations.${id}`;
