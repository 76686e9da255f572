import { Page } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { DigestPage } from './DigestPage';

/** The plugin's page, at /admin/plugins/digest. */
const App = () => (
  <Routes>
    <Route index element={<DigestPage />} />
    <Route path="*" element={<Page.Error />} />
  </Routes>
);

export { App };
export default App;
