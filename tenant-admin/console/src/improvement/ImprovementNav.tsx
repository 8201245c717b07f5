import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The improvement work's screens under one header entry: measures, the case library, scorecards. */
export function ImprovementNav() {
  const { t } = useTranslation();
  return (
    <nav className="admin-nav" aria-label={t('nav.measures')}>
      <NavLink to="/measures">{t('measures.board')}</NavLink>
      <NavLink to="/library">{t('library.title')}</NavLink>
      <NavLink to="/scorecards">{t('scorecards.title')}</NavLink>
    </nav>
  );
}
