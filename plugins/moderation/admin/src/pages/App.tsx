import { Page } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { ModerationPage } from './ModerationPage';

/** The plugin's page, at /admin/plugins/moderation. */
const App = () => (
  <Routes>
    <Route index element={<ModerationPage />} />
    <Route path="*" element={<Page.Error />} />
  </Routes>
);

export { App };
export default App;
