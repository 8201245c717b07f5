import { lazy, Suspense, useState } from 'react';
import { Button, Grid, Layout, Menu, Select, Space, Spin, Typography } from 'antd';
import { MenuOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useAuth } from './auth/AuthContext';
import { LANGUAGES, rememberLanguage, switchLanguage, withScreenTexts, type Language } from './i18n';
import { useLive } from './live/LiveContext';
import { QueueRail } from './workspace/QueueRail';
import { useWorkspace } from './workspace/WorkspaceContext';

/** The queue rail as a drawer, on screens too narrow for a side rail. */
/** Sign-in again over the screen when the session ends (what was typed stays underneath). */
const SessionEnded = lazy(() => import('./auth/SessionEnded'));
const QueueDrawer = lazy(() => import('./workspace/QueueDrawer'));
const DashboardPage = lazy(() => withScreenTexts(import('./dashboard/DashboardPage')));
const AuditLogPage = lazy(() => withScreenTexts(import('./admin/AuditLogPage')));
const PersonalDataPage = lazy(() => withScreenTexts(import('./admin/PersonalDataPage')));
const SlaPolicyPage = lazy(() => withScreenTexts(import('./admin/SlaPolicyPage')));
const DepartmentsPage = lazy(() => withScreenTexts(import('./admin/DepartmentsPage')));
const CalendarsPage = lazy(() => withScreenTexts(import('./admin/CalendarsPage')));
const RoutingRulesPage = lazy(() => withScreenTexts(import('./admin/RoutingRulesPage')));
const PluginsPage = lazy(() => withScreenTexts(import('./admin/PluginsPage')));
const TemplatesPage = lazy(() => withScreenTexts(import('./admin/TemplatesPage')));
const HintsPage = lazy(() => withScreenTexts(import('./admin/HintsPage')));
const SearchVocabularyPage = lazy(() => withScreenTexts(import('./admin/SearchVocabularyPage')));
const FollowUpSettingsPage = lazy(() => withScreenTexts(import('./admin/FollowUpSettingsPage')));
const ReportsPage = lazy(() => withScreenTexts(import('./reports/ReportsPage')));
const MeasuresPage = lazy(() => withScreenTexts(import('./measures/MeasuresPage')));
const LibraryPage = lazy(() => withScreenTexts(import('./improvement/LibraryPage')));
const ScorecardsPage = lazy(() => withScreenTexts(import('./improvement/ScorecardsPage')));
const CaseListPage = lazy(() => import('./workspace/CaseListPage'));
const CasePage = lazy(() => import('./workspace/CasePage'));
const IntakePage = lazy(() => import('./intake/IntakePage'));
const CallsPage = lazy(() => import('./intake/IntakePage').then((m) => ({ default: m.CallsPage })));

/** The signed-in console: header, the queue rail, the routes; the sign-in dialog over it when the session ends. */
export function Shell() {
  const { t, i18n } = useTranslation();
  const { session, expired, signOut } = useAuth();
  const workspace = useWorkspace();
  const live = useLive();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const screens = Grid.useBreakpoint();
  const [drawer, setDrawer] = useState(false);
  const admin = workspace.roles.includes('TENANT_ADMIN');

  const changeLanguage = (language: Language) => {
    rememberLanguage(session?.user, language);
    void switchLanguage(language);
    void queryClient.invalidateQueries();
  };
  const section = location.pathname.startsWith('/dashboard') ? 'dashboard'
    : ['/measures', '/library', '/scorecards'].some((p) => location.pathname.startsWith(p)) ? 'measures'
    : location.pathname.startsWith('/reports') ? 'reports'
    : location.pathname.startsWith('/admin') ? 'admin'
    : location.pathname.startsWith('/intake/reception') ? 'reception'
    : location.pathname.startsWith('/intake') ? 'intake' : location.pathname.startsWith('/calls') ? 'calls' : 'workspace';

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a href="#main" className="skip-link">{t('app.skip')}</a>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: screens.sm ? 16 : 6, paddingInline: screens.sm ? 16 : 6,
        background: '#001529' }}>
        {!screens.lg && <Button type="text" icon={<MenuOutlined style={{ color: '#fff' }} />} aria-label={t('queue.title')} onClick={() => setDrawer(true)} />}
        {screens.sm && <Typography.Text strong style={{ color: '#fff', whiteSpace: 'nowrap' }} title={workspace.tenant.displayName}>{t('app.name')}</Typography.Text>}
        {/* the tenant's name where the header has room for it and every menu entry */}
        {screens.xxl && <Typography.Text style={{ color: 'rgba(255,255,255,.65)', whiteSpace: 'nowrap' }}>{workspace.tenant.displayName}</Typography.Text>}
        <Menu theme="dark" mode="horizontal" selectedKeys={[section]} style={{ flex: 1, minWidth: 0 }} onClick={({ key }) =>
          navigate({ dashboard: '/dashboard', measures: '/measures', reports: '/reports', admin: '/admin/departments', workspace: '/cases', intake: '/intake/phone', reception: '/intake/reception', calls: '/calls' }[key] ?? '/')}
          items={[...(workspace.supervisor ? [{ key: 'dashboard', label: t('nav.dashboard') }] : []),
            { key: 'workspace', label: t('nav.workspace') }, { key: 'intake', label: t('nav.intake') },
            { key: 'reception', label: t('nav.reception') }, { key: 'calls', label: t('nav.calls') },
            { key: 'measures', label: t('nav.measures') },
            ...(workspace.supervisor ? [{ key: 'reports', label: t('nav.reports') }] : []),
            ...(admin ? [{ key: 'admin', label: t('nav.admin') }] : [])]} />
        <Space>
          <span className={`live-status${live.connected ? ' connected' : ''}`} data-testid="live-status"
            title={live.connected ? t('common.live') : t('common.offline')}>
            {screens.sm ? (live.connected ? t('common.live') : t('common.offline')) : <span className="sr-only">{live.connected ? t('common.live') : t('common.offline')}</span>}
          </span>
          <Select size="small" value={i18n.language as Language} onChange={changeLanguage} aria-label={t('common.language')}
            options={LANGUAGES.map((l) => ({ value: l, label: l === 'zh-CN' ? '中文' : screens.sm ? 'English' : 'EN' }))}
            style={{ width: screens.sm ? 96 : 64 }} />
          <Typography.Text style={{ color: '#fff' }} data-testid="current-user" ellipsis>{session?.user}</Typography.Text>
          <Button size="small" onClick={() => { queryClient.clear(); signOut(); }}>{t('common.signOut')}</Button>
        </Space>
      </Layout.Header>
      <Layout>
        {screens.lg ? (
          <Layout.Sider width={260} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
            <QueueRail />
          </Layout.Sider>
        ) : (
          drawer && <Suspense fallback={null}><QueueDrawer onClose={() => setDrawer(false)} /></Suspense>
        )}
        <Layout.Content id="main" tabIndex={-1} style={{ padding: screens.md ? 24 : 12, minWidth: 0 }}>
          <main>
            <Suspense fallback={<Spin style={{ display: 'block', margin: '20vh auto' }} />}>
              <Routes>
                <Route path="/" element={<Navigate to="/cases" replace />} />
                <Route path="/callback" element={<Navigate to="/cases" replace />} />
                <Route path="/dashboard" element={workspace.supervisor ? <DashboardPage /> : <Navigate to="/cases" replace />} />
                <Route path="/measures" element={<MeasuresPage />} />
                <Route path="/library" element={<LibraryPage />} />
                <Route path="/scorecards" element={<ScorecardsPage />} />
                <Route path="/admin/departments" element={admin ? <DepartmentsPage /> : <Navigate to="/cases" replace />} />
                <Route path="/admin/sla" element={admin ? <SlaPolicyPage /> : <Navigate to="/cases" replace />} />
                <Route path="/admin/calendars" element={admin ? <CalendarsPage /> : <Navigate to="/cases" replace />} />
                <Route path="/admin/routing" element={admin ? <RoutingRulesPage /> : <Navigate to="/cases" replace />} />
                <Route path="/admin/channels" element={admin ? <PluginsPage kind="channels" key="channels" /> : <Navigate to="/cases" replace />} />
                <Route path="/admin/notifiers" element={admin ? <PluginsPage kind="notifiers" key="notifiers" /> : <Navigate to="/cases" replace />} />
                <Route path="/admin/templates" element={admin ? <TemplatesPage /> : <Navigate to="/cases" replace />} />
                <Route path="/admin/hints" element={admin ? <HintsPage /> : <Navigate to="/cases" replace />} />
                <Route path="/admin/search" element={admin ? <SearchVocabularyPage /> : <Navigate to="/cases" replace />} />
                <Route path="/admin/follow-up" element={admin ? <FollowUpSettingsPage /> : <Navigate to="/cases" replace />} />
                <Route path="/admin/personal-data" element={admin ? <PersonalDataPage /> : <Navigate to="/cases" replace />} />
                <Route path="/admin/audit" element={admin ? <AuditLogPage /> : <Navigate to="/cases" replace />} />
                <Route path="/reports" element={workspace.supervisor ? <ReportsPage /> : <Navigate to="/cases" replace />} />
                <Route path="/cases" element={<CaseListPage />} />
                <Route path="/cases/:id" element={<CasePage />} />
                <Route path="/intake/phone" element={<IntakePage kind="phone" key="phone" />} />
                <Route path="/intake/reception" element={<IntakePage kind="reception" key="reception" />} />
                <Route path="/calls" element={<CallsPage />} />
                <Route path="*" element={<Navigate to="/cases" replace />} />
              </Routes>
            </Suspense>
          </main>
        </Layout.Content>
      </Layout>
      {expired && (
        <Suspense fallback={null}>
          <SessionEnded defaults={{ tenant: session?.tenant, user: session?.user, roles: session?.roles }} />
        </Suspense>
      )}
    </Layout>
  );
}
