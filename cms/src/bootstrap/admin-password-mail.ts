/**
 * Strapi's « Mot de passe oublié » mail, in French like the rest of the admin's mails. Strapi
 * fills it with lodash's template (`admin.forgotPassword.emailTemplate`): `<%- … %>` escapes HTML,
 * so the name, which the person typed, is escaped in the HTML part; the plain-text part takes it
 * as is. The link comes from the server (`admin.absoluteUrl` and a fresh token).
 */
export const ADMIN_PASSWORD_MAIL = {
  subject: 'Réseau EPN : choisir un nouveau mot de passe',
  text: `Bonjour <%= user.firstname %>,

Quelqu’un (vous, sans doute) a demandé à changer le mot de passe de votre compte d’administration du Réseau EPN.

Pour en choisir un nouveau, ouvrez ce lien :
<%= url %>

Si vous n’avez rien demandé, ignorez ce message : votre mot de passe actuel reste valable.

L’équipe du Réseau EPN`,
  html: `<p>Bonjour <%- user.firstname %>,</p>
<p>Quelqu’un (vous, sans doute) a demandé à changer le mot de passe de votre compte d’administration du Réseau EPN.</p>
<p>Pour en choisir un nouveau, ouvrez ce lien :<br><a href="<%- url %>"><%- url %></a></p>
<p>Si vous n’avez rien demandé, ignorez ce message : votre mot de passe actuel reste valable.</p>
<p>L’équipe du Réseau EPN</p>`,
};
