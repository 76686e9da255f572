import { defineSidePanel } from '@reseau-epn/admin-kit';
import { isWorkflowUid } from '../../constants';
import { getTranslation } from '../../utils/getTranslation';
import { WorkflowPanelContent } from './WorkflowPanelContent';

/** « Circuit de validation » in the edit view of the entries a workflow drives (saved ones). */
export const WorkflowPanel = defineSidePanel({
  name: 'WorkflowPanel',
  appliesTo: isWorkflowUid,
  title: { id: getTranslation('panel.title'), defaultMessage: 'Circuit de validation' },
  Content: WorkflowPanelContent,
});
