import { describe, expect, it } from 'vitest';
import { plainLine } from '@reseau-epn/platform';
import { ficheMail } from '../../../cms/src/spaces/fiches-mail';
import type { Recipient } from '../../../cms/src/spaces/fiches-match';

const fiche = { title: 'Imprimer sous Windows', summary: 'Quand le pilote manque.', url: 'https://reseau.example/fiches/imprimer/' };
const anne: Recipient = { email: 'anne@reseau.example', firstname: 'Anne', spaces: [{ documentId: 'abc', name: 'Médiathèque de Brest' }] };
const editUrl = (documentId: string) => `https://cms.example/admin/content-manager/collection-types/api::espace.espace/${documentId}`;

describe('the mail about a fiche for a space', () => {
  it('should say « Nouvelle fiche » in the subject of a first publication', () => {
    expect(ficheMail('new', fiche, anne, editUrl).subject).toBe('Nouvelle fiche pour votre espace : Imprimer sous Windows');
  });

  it('should say « Fiche mise à jour » in the subject of a later publication', () => {
    expect(ficheMail('update', fiche, anne, editUrl).subject).toBe('Fiche mise à jour pour votre espace : Imprimer sous Windows');
  });

  it('should give the summary, the page, the concerned space and the way to stop these mails', () => {
    const { to, text } = ficheMail('new', fiche, anne, editUrl);

    expect(to).toBe('anne@reseau.example');
    expect(text).toContain('« Imprimer sous Windows »\nQuand le pilote manque.');
    expect(text).toContain('Lire la fiche : https://reseau.example/fiches/imprimer/');
    expect(text).toContain('Espace concerné :\n- Médiathèque de Brest\n');
    expect(text).toContain('- Médiathèque de Brest : https://cms.example/admin/content-manager/collection-types/api::espace.espace/abc');
  });

  it('should keep a title written to forge lines of the mail on one line', () => {
    const forged = { ...fiche, title: 'Titre\n\nLire la fiche : https://piege.example/\u202e' };

    const { subject, text } = ficheMail('new', forged, anne, editUrl);

    expect(subject).toBe('Nouvelle fiche pour votre espace : Titre Lire la fiche : https://piege.example/');
    expect(text.match(/^Lire la fiche : /gm)).toHaveLength(1);
  });

  it('should strip line breaks, control characters and bidirectional overrides from a line', () => {
    expect(plainLine(' a\r\nb\u0007c \u202ed ')).toBe('a b c d');
  });
});
