import canEditTarget from './can-edit-target';

export default { 'can-edit-target': canEditTarget };
