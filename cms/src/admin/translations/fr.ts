/**
 * French messages the admin panel shows but Strapi's own French file lacks (Strapi 5.54).
 *
 * The admin opens in French (app.tsx), yet on a first login Strapi's guided tour, the « new Media
 * Library » banner, the home page's widgets and the new Media Library itself fell back to English:
 * `@strapi/admin`'s and the plugins' fr.json do not have these ids. The network's animateurs do
 * not all read English, so they are translated here and merged over Strapi's messages through
 * `config.translations.fr` (app.tsx).
 *
 * Ids are those of Strapi's en.json; plugins' ids carry the plugin's prefix (`upload.…`), as the
 * admin registers them. ICU variables (`{count}`, plurals, selects), `'<'…'>'` escapes and rich-text
 * tags (`<a>`, `<p>`, `<light>`…) are kept exactly as in English: tests/unit/admin/translations.test.ts
 * checks it, and fails naming any `tours.*` or MediaLibraryBanner id of a newer Strapi that neither
 * Strapi's French file nor this one translates.
 *
 * Remove an entry once Strapi's fr.json ships it (the test tells which: Strapi's own wins then).
 */
export const frTranslations: Record<string, string> = {
  // — The « new Media Library » banner, above every page of the admin.
  'app.components.MediaLibraryBanner.intro': 'Découvrez la nouvelle médiathèque ',
  'app.components.MediaLibraryBanner.text.enabled': 'Vous utilisez désormais sa version repensée.',
  'app.components.MediaLibraryBanner.text': 'Consultez la documentation pour savoir comment passer à la nouvelle version.',
  'app.components.MediaLibraryBanner.button': 'Documentation',
  'app.components.MediaLibraryBanner.button.enabled': 'Lire l’article du blog',
  'app.components.MediaLibraryBanner.close': 'Fermer le bandeau. ',

  // — The guided tour: its overview on the home page.
  'tours.overview.title': 'Découvrez votre application !',
  'tours.overview.subtitle': 'Suivez la visite guidée pour tirer le meilleur parti de Strapi.',
  'tours.overview.close': 'Fermer la visite guidée',
  'tours.overview.close.description': 'Voulez-vous vraiment fermer la visite guidée ?',
  'tours.overview.tasks': 'Vos tâches',
  'tours.overview.contentTypeBuilder.label': 'Créer votre modèle de contenu',
  'tours.overview.contentManager.label': 'Créer et publier du contenu',
  'tours.overview.apiTokens.label': 'Copier un jeton d’API',
  'tours.overview.strapiCloud.label': 'Déployer votre application sur Strapi Cloud',
  'tours.overview.strapiCloud.link': 'Lire la documentation',
  'tours.overview.tour.link': 'Commencer',
  'tours.overview.tour.done': 'Terminé',
  'tours.overview.completed': '{completed} % terminé',

  // — The guided tour: its steps' buttons.
  'tours.stepCount': 'Étape {currentStep} sur {tourLength}',
  'tours.skip': 'Passer',
  'tours.next': 'Suivant',
  'tours.gotIt': 'J’ai compris',
  'tours.previous': 'Précédent',

  // — The guided tour in the Content-Type Builder.
  'tours.contentTypeBuilder.Introduction.title': 'Bienvenue dans le Content-Type Builder !',
  'tours.contentTypeBuilder.Introduction.content':
    'C’est ici que vous créez et gérez la structure de votre application : types de collection, single types et composants réutilisables. C’est parti !',
  'tours.contentTypeBuilder.AIChat.title': 'À vous de commencer !',
  'tours.contentTypeBuilder.AIChat.content':
    '<p>Posez ici vos questions sur le Content-Type Builder ou sur Strapi.</p><p>Strapi AI peut générer des modèles adaptés à vos besoins. Demandez exactement ce que vous voulez, par exemple :<ul><li>un sélecteur de date</li><li>des champs e-mail et mot de passe</li><li>un média de n’importe quel type</li><li>des UID</li></ul></p><p>N’hésitez pas, essayez !</p>',
  'tours.contentTypeBuilder.CollectionTypes.title': 'Types de collection',
  'tours.contentTypeBuilder.CollectionTypes.content': 'Ce sont eux qu’il vous faut pour gérer de nombreuses entrées, par exemple des articles ou des produits.',
  'tours.contentTypeBuilder.SingleTypes.title': 'Single types',
  'tours.contentTypeBuilder.SingleTypes.content': 'Idéaux pour les entrées uniques, comme votre page d’accueil ou les réglages de votre site.',
  'tours.contentTypeBuilder.Components.title': 'Composants',
  'tours.contentTypeBuilder.Components.content': 'Créez-les une fois, réutilisez-les partout : boutons, cartes, carrousels…',
  'tours.contentTypeBuilder.YourTurn.title': 'À vous de jouer : créez quelque chose !',
  'tours.contentTypeBuilder.YourTurn.content':
    'Créez un type de collection ou un single type : cliquez sur le bouton « + », choisissez un nom, cliquez sur « Continuer » et nous vous guiderons ensuite.',
  'tours.contentTypeBuilder.AddFields.title': 'Ajoutez un champ pour lui donner vie',
  'tours.contentTypeBuilder.AddFields.content':
    'Commencez par ajouter un premier champ : un nom, une image ou une relation. Votre type de contenu doit avoir une forme avant de pouvoir recevoir du contenu.',
  'tours.contentTypeBuilder.Save.title': 'N’oubliez pas d’enregistrer !',
  'tours.contentTypeBuilder.Save.content':
    'Cliquez sur le bouton « Enregistrer » pour valider votre type de contenu et ne pas perdre votre travail. C’est presque fini !',
  'tours.contentTypeBuilder.Finish.title': 'Première étape : terminée ! 🎉',
  'tours.contentTypeBuilder.Finish.content':
    'Vous avez créé votre premier type de contenu ! Rendez-vous maintenant dans la gestion du contenu pour y ajouter des entrées.',

  // — The guided tour in the Content Manager.
  'tours.contentManager.Introduction.title': 'Gestion du contenu',
  'tours.contentManager.Introduction.content': 'Créez et gérez le contenu de vos types de collection et de vos single types.',
  'tours.contentManager.CreateNewEntry.title': 'Créer une nouvelle entrée',
  'tours.contentManager.CreateNewEntry.content':
    'Cliquez sur le bouton « Créer une nouvelle entrée » pour créer et publier une nouvelle entrée de ce type de collection.',
  'tours.contentManager.Fields.title': 'Champs',
  'tours.contentManager.Fields.content': 'Remplissez d’abord les champs que vous avez créés dans le Content-Type Builder.',
  'tours.contentManager.Publish.title': 'Publier',
  'tours.contentManager.Publish.content': 'Cliquez ensuite sur le bouton « Publier » pour rendre votre contenu disponible par l’API de contenu.',
  'tours.contentManager.FinalStep.title': 'Place aux jetons d’API !',
  'tours.contentManager.FinalStep.content': 'Vous avez créé et publié une entrée : configurons maintenant un jeton d’API pour gérer l’accès à votre contenu.',

  // — The guided tour in the API tokens' settings.
  'tours.apiTokens.Introduction.title': 'Dernière étape, et non des moindres : les jetons d’API',
  'tours.apiTokens.Introduction.content': 'Contrôlez l’accès à l’API avec des permissions entièrement personnalisables.',
  'tours.apiTokens.ManageAPIToken.title': 'Gérer un jeton d’API',
  'tours.apiTokens.ManageAPIToken.content': 'Cliquez sur l’icône « Crayon » pour afficher et modifier un jeton d’API existant.',
  'tours.apiTokens.ViewAPIToken.title': 'Afficher le jeton d’API',
  'tours.apiTokens.ViewAPIToken.content': 'Cliquez sur le bouton « Afficher le jeton » pour voir votre jeton d’API.',
  'tours.apiTokens.CopyAPIToken.title': 'Copier votre jeton d’API',
  'tours.apiTokens.CopyAPIToken.content':
    'Cliquez sur le bouton « Copier » pour conserver votre jeton d’API : il vous servira à envoyer des requêtes à votre application. {spacer} D’autres questions ? Apprenez-en plus sur les <a>jetons d’API</a>.',
  'tours.apiTokens.FinalStep.title': 'Félicitations, il est temps de déployer votre application !',
  'tours.apiTokens.FinalStep.content': 'Vous avez tout ce qu’il faut pour déployer votre application et partager votre contenu avec le monde.',
  'app.components.GuidedTour.apiTokens.success.content':
    "<p>Voyez le contenu en action en envoyant une requête HTTP :</p><ul><li><p>à cette URL : <light>https://'<'VOTRE_DOMAINE'>'/api/'<'VOTRE_TYPE_DE_CONTENU'>'</light></p></li><li><p>avec l’en-tête : <light>Authorization: bearer '<'VOTRE_JETON_D_API'>'</light></p></li></ul><p>Pour découvrir d’autres façons d’utiliser le contenu, consultez la <documentationLink>documentation</documentationLink>.</p>",
  'app.components.GuidedTour.apiTokens.success.cta.title': 'Revenir à l’accueil',
  'Settings.apiTokens.copy.lastWarning': 'Copiez votre jeton',
  'Settings.tokens.copy.title': 'Jeton',
  'Settings.tokens.form.owner': 'Propriétaire',

  // — The guided tour in the profile page.
  'tours.profile.title': 'Visite guidée',
  'tours.profile.description': 'Vous pouvez relancer la visite guidée à tout moment.',
  'tours.profile.reset': 'Relancer la visite guidée',
  'tours.profile.notification.success.reset': 'La visite guidée a été relancée',

  // — The home page's widgets and its help menu.
  'HomePage.addWidget.title': 'Ajouter un widget',
  'HomePage.addWidget.button': 'Ajouter un widget',
  'HomePage.addWidget.noWidgetsAvailable': 'Aucun widget à ajouter',
  'HomePage.addWidget.selectWidget': 'Sélectionner le widget {widgetName}',
  'HomePage.widget.delete': 'Supprimer',
  'HomePage.widget.drag': 'Faire glisser pour déplacer',
  'HomePage.widget.no-permissions': 'Vous n’avez pas la permission de voir ce widget',
  'widget.deploy-now.title': 'Déployer',
  'widget.last-activity.title': 'Activité récente',
  'widget.last-activity.no-activity': 'Aucune activité',
  'widget.last-activity.link': 'Ouvrir le journal d’audit',
  'app.components.Onboarding.link.build-content': 'Construire une architecture de contenu',
  'app.components.Onboarding.link.manage-content': 'Ajouter et gérer du contenu',
  'app.components.Onboarding.link.manage-media': 'Gérer les médias',
  'app.components.Onboarding.link.more-videos': 'Voir plus de vidéos',

  // — Elsewhere on the first screens: the login page, the profile, errors and the session's end.
  'global.localeToggle.label': 'Choisir la langue de l’interface',
  'global.fullname': '{firstname} {lastname}',
  'global.new': 'Nouveau',
  'global.learn-more': 'En savoir plus',
  'app.components.Select.placeholder': 'Sélectionner',
  'app.utils.published': 'Publié',
  'app.error.chunk.title': 'Cet écran n’a pas pu être chargé',
  'app.error.chunk.message':
    'L’administration n’a pas pu charger un écran. Cela arrive souvent quand le serveur démarre ou que la connexion a été interrompue. Rechargez la page pour réessayer. Après une mise à jour du site, il peut falloir recharger complètement la page pour obtenir la dernière version.',
  'app.error.chunk.reload': 'Recharger la page',
  'app.session.ended.title': 'Session terminée',
  'app.session.ended.unsaved': 'Votre session a pris fin et ne peut pas être reprise. Les modifications non enregistrées seront perdues à la déconnexion.',
};
