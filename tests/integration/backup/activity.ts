import { UIDS } from '@reseau-epn/platform';
import type { TestCms } from '../../helpers/cms';
import { createMember, deleteMembers } from '../../helpers/members';
import { createPerson } from '../../helpers/people';
import {
  createSubscriber,
  deleteDocuments,
  deleteIssues,
  deleteSubscribers,
  deliveriesOf,
  publishFiche,
  runner,
  setConfig,
  testIssueKey,
} from '../digest/helpers';
import { createCategory, deleteForum, postTopic } from '../forum/posts/helpers';
import { createEvent, newVisitor, person, postJson, REGISTER, registrationsOf, removeEvent, uniqueEmail } from '../registrations/helpers';
import { fire, sample, setCreator } from '../workflow/helpers';

/** What a network does in a week, one row of each kind a backup must keep, by the row's id. */
export interface Activity {
  /** The forum post's documentId. */
  post: string;
  /** The workflow transition's id (an intervention taken on by a technician). */
  transition: number;
  /** The revision's id (a fiche's first version). */
  revision: number;
  /** The registration's id. */
  registration: number;
  /** The digest delivery's id. */
  delivery: number;
  remove(): Promise<void>;
}

function expectStatus(response: { status: number; body: unknown }, status: number, what: string): void {
  if (response.status !== status) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
}

/** Adds the activity through the routes and services the site and the admin panel use. */
export async function addActivity(cms: TestCms): Promise<Activity> {
  const member = await createMember(cms);
  const category = await createCategory(cms);
  const topic = await postTopic(cms, member, { category: category.slug });
  expectStatus(topic, 201, 'forum topic');

  const event = await createEvent(cms);
  const email = uniqueEmail('sauvegarde');
  expectStatus(await postJson(cms, REGISTER, person(event, email), newVisitor()), 201, 'registration');
  const registration = (await registrationsOf(cms, event)).find((row: { email: string }) => row.email === email);

  const [animateur, technicien] = [await createPerson(cms, 'animateur'), await createPerson(cms, 'technicien')];
  const intervention = await cms.strapi.documents(UIDS.intervention).create({ data: sample(UIDS.intervention, { space: event.spaceId }) });
  await setCreator(cms, UIDS.intervention, intervention.documentId, animateur.adminId);
  expectStatus(await fire(cms, technicien.jwt, UIDS.intervention, intervention.documentId, 'prendre_en_charge'), 200, 'transition');
  const transition = await cms.strapi.db.query(UIDS.workflowTransition).findOne({ where: { targetDocumentId: intervention.documentId } });

  const restoreConfig = setConfig(cms, { sendRate: 0 });
  const subscriber = await createSubscriber(cms);
  const fiche = await publishFiche(cms, { fr: 'Fiche de la sauvegarde' });
  const issueKey = testIssueKey();
  await runner(cms).run({ issueKey });
  restoreConfig();
  const [delivery] = await deliveriesOf(cms, issueKey);
  const revision = await cms.strapi.db.query(UIDS.revision).findOne({ where: { targetDocumentId: fiche } });

  return {
    post: topic.body.data.post.documentId,
    transition: transition.id,
    revision: revision.id,
    registration: registration.id,
    delivery: delivery.id,
    async remove() {
      await deleteIssues(cms, [issueKey]);
      await deleteSubscribers(cms, [subscriber.email]);
      await cms.strapi.db.query(UIDS.revision).deleteMany({ where: { targetDocumentId: { $in: [fiche, intervention.documentId] } } });
      await deleteDocuments(cms, UIDS.fiche, [fiche]);
      await cms.strapi.db.query(UIDS.workflowTransition).deleteMany({ where: { targetDocumentId: intervention.documentId } });
      await cms.strapi.db.query(UIDS.workflowNotification).deleteMany({ where: { to: { $in: [animateur.email, technicien.email, email] } } });
      await deleteDocuments(cms, UIDS.intervention, [intervention.documentId]);
      await cms.strapi.db.query(UIDS.adminUser).deleteMany({ where: { id: { $in: [animateur.adminId, technicien.adminId] } } });
      await deleteMembers(cms, [member, animateur, technicien]);
      await removeEvent(cms, event);
      await deleteForum(cms, [category]);
    },
  };
}
