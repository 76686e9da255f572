/**
 * What the evaluation needs of a snapshot: the French search documents (which MiniSearch indexes
 * and whose URLs say which queries apply), the pages' URLs in both languages asked, and the
 * folded vocabulary of their text (to tell an empty answer that had something to find).
 */
import type { Snapshot } from '../../../site/src/lib/cms-source';
import type { SearchDocument } from '../../../site/src/lib/search/documents';
import { frenchDocuments } from '../site/documents';
import { corpusVocabulary } from './quality';

export interface EvaluationCorpus {
  documents: SearchDocument[];
  urls: Set<string>;
  vocabulary: Set<string>;
}

export function evaluationCorpus(snapshot: Snapshot, now: string): EvaluationCorpus {
  const documents = frenchDocuments(snapshot, now);
  const breton = snapshot.collections.fiches.br;
  return {
    documents,
    urls: new Set([...documents.map((doc) => doc.url), ...breton.map((raw) => `/br/fiches/${String(raw.slug)}/`)]),
    vocabulary: corpusVocabulary([
      ...documents.map((doc) => `${doc.title} ${doc.keywords} ${doc.summary} ${doc.body}`),
      ...breton.map((raw) => `${String(raw.title)} ${String(raw.summary ?? '')} ${String(raw.body ?? '')}`),
    ]),
  };
}
