import { Page } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { Dashboard } from './Dashboard';

/** The plugin's page, at /admin/plugins/workflow: the « Tableau de bord ». */
const App = () => (
  <Routes>
    <Route index element={<Dashboard />} />
    <Route path="*" element={<Page.Error />} />
  </Routes>
);

export { App };
export default App;
