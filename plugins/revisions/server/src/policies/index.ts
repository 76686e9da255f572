import { POLICY_NAMES } from '../../../shared/permissions';
import canEditTarget from './can-edit-target';

export default { [POLICY_NAMES.canEditTarget]: canEditTarget };
