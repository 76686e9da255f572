import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { revisionsApi, type RevisionsApi } from '../services/revisions-api';

/** The revisions' routes on this component's fetch client (its requests end with it). */
export function useRevisionsApi(): RevisionsApi {
  const client = useFetchClient();
  return React.useMemo(() => revisionsApi(client), [client]);
}
