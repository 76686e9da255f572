import * as React from 'react';
import type { PanelComponent, PanelComponentProps } from '@strapi/content-manager/strapi-admin';
import { type MessageDescriptor, useIntl } from 'react-intl';

/** What a side panel's content gets: a saved entry of one of the types it is for. */
export interface SavedEntryProps<Uid extends string> {
  uid: Uid;
  documentId: string;
  /** The entry as the edit view loaded it. */
  document: NonNullable<PanelComponentProps['document']>;
  collectionType: string;
  /** Changes when the entry is saved: what the panel shows may have changed too. */
  updatedAt?: string;
}

export interface SidePanelDefinition<Uid extends string> {
  /** The component's name in React's developer tools and in the Content Manager's panel ids. */
  name: string;
  /** The content types the panel is for; on any other, the edit view shows no panel. */
  appliesTo: (model: string) => model is Uid;
  title: MessageDescriptor;
  Content: React.ComponentType<SavedEntryProps<Uid>>;
}

/**
 * An edit-view side panel (`addEditViewSidePanel`), as a description component: the Content
 * Manager renders its title and content. It shows on a saved entry only: while an entry is being
 * created or cloned, `document` is missing, and what a panel shows belongs to a saved one.
 */
export function defineSidePanel<Uid extends string>({ name, appliesTo, title, Content }: SidePanelDefinition<Uid>): PanelComponent {
  const Panel: PanelComponent = ({ model, documentId, document, collectionType }) => {
    const { formatMessage } = useIntl();
    if (!appliesTo(model) || !documentId || !document) return null;
    return {
      title: formatMessage(title),
      content: (
        <Content
          // Another entry: start afresh rather than show the previous one's state.
          key={`${model}:${documentId}`}
          uid={model}
          documentId={documentId}
          document={document}
          collectionType={collectionType}
          updatedAt={typeof document.updatedAt === 'string' ? document.updatedAt : undefined}
        />
      ),
    };
  };
  // The Content Manager keys description components by their function name: keep it telling.
  Object.defineProperty(Panel, 'name', { value: name });
  return Panel;
}
