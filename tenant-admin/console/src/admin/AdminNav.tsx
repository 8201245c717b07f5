import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The tenant admin's screens, one link each (the header keeps one entry for all of them). */
export function AdminNav() {
  const { t } = useTranslation();
  return (
    <nav className="admin-nav" aria-label={t('nav.admin')}>
      <NavLink to="/admin/departments">{t('admin.departments')}</NavLink>
      <NavLink to="/admin/sla">{t('sla.title')}</NavLink>
      <NavLink to="/admin/calendars">{t('calendar.title')}</NavLink>
      <NavLink to="/admin/routing">{t('routing.title')}</NavLink>
      <NavLink to="/admin/channels">{t('plugins.channels.title')}</NavLink>
      <NavLink to="/admin/notifiers">{t('plugins.notifiers.title')}</NavLink>
      <NavLink to="/admin/templates">{t('templates.title')}</NavLink>
      <NavLink to="/admin/hints">{t('hints.title')}</NavLink>
      <NavLink to="/admin/search">{t('vocabulary.title')}</NavLink>
      <NavLink to="/admin/follow-up">{t('followUp.title')}</NavLink>
      <NavLink to="/admin/personal-data">{t('nav.personalData')}</NavLink>
      <NavLink to="/admin/audit">{t('audit.title')}</NavLink>
    </nav>
  );
}
