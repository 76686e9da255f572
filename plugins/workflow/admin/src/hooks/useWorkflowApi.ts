import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { workflowApi, type WorkflowApi } from '../services/workflow-api';

/** The workflow's routes on this component's fetch client (its requests end with it). */
export function useWorkflowApi(): WorkflowApi {
  const client = useFetchClient();
  return React.useMemo(() => workflowApi(client), [client]);
}
