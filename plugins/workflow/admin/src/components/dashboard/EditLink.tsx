import * as React from 'react';
import { Link } from '@strapi/design-system';
import { NavLink } from 'react-router-dom';
import { editViewPath } from '../../constants';

/** A link to an entry's edit view, inside the admin's router. */
export const EditLink = ({ uid, documentId, children }: { uid: string; documentId: string; children: React.ReactNode }) => (
  <Link tag={NavLink} to={editViewPath(uid, documentId)}>
    {children}
  </Link>
);
