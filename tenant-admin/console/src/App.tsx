import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { withScreenTexts } from './i18n';
import { BrowserRouter, Route, Routes, useLocation } from 'react-router';
import { ApiProvider } from './api/ApiContext';
import { AuthProvider, useAuth } from './auth/AuthContext';
import { OidcCallback } from './auth/OidcCallback';
import { SignIn } from './auth/SignIn';
import { lazy, Suspense } from 'react';
import { Spin } from 'antd';

/** The signed-in console, loaded once someone has signed in (the sign-in screen stays small). */
const SignedIn = lazy(() => import('./SignedIn'));
// platform operators work on tenants, not cases: a console of their own
const OperatorConsole = lazy(() => withScreenTexts(import('./platform/OperatorConsole')));
/** The consumer's page: no sign-in. */
const TrackPage = lazy(() => import('./portal/TrackPage'));

/** antd's defaults with text and primary colours dark enough for WCAG AA contrast (4.5:1) on white and light blue. */
const THEME = {
  colorPrimary: '#0958d9',
  colorLink: '#0958d9',
  colorError: '#cf1322',
  colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
  colorTextDescription: 'rgba(0, 0, 0, 0.65)',
  // the list's filters show their names as placeholders
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
};

const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 10_000, refetchOnWindowFocus: true, retry: 1 } },
});

function Gate() {
  const { session } = useAuth();
  const { t } = useTranslation();
  const location = useLocation();
  if (location.pathname.startsWith('/track/')) {
    return (
      <main style={{ padding: '5vh 16px' }}>
        <Suspense fallback={<Spin />}>
          <Routes>
            <Route path="/track/:tenant/:caseNumber" element={<TrackPage />} />
          </Routes>
        </Suspense>
      </main>
    );
  }
  if (!session) {
    return (
      <main style={{ padding: '10vh 16px' }}>
        <h1 style={{ textAlign: 'center', fontSize: 24 }}>{t('app.name')}</h1>
        <Routes>
          <Route path="/callback" element={<OidcCallback />} />
          <Route path="*" element={<SignIn />} />
        </Routes>
      </main>
    );
  }
  return (
    <Suspense fallback={<Spin style={{ display: 'block', margin: '20vh auto' }} />}>
      {session.roles.includes('PLATFORM_OPERATOR') ? <OperatorConsole /> : <SignedIn />}
    </Suspense>
  );
}

/** The staff web console. */
export function App() {
  const { i18n } = useTranslation();
  document.documentElement.lang = i18n.language;
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={{ token: THEME }} button={{ autoInsertSpace: false }}>
        <QueryClientProvider client={queryClient}>
          <AuthProvider>
            <ApiProvider>
              <BrowserRouter basename="/console">
                <Gate />
              </BrowserRouter>
            </ApiProvider>
          </AuthProvider>
        </QueryClientProvider>
    </ConfigProvider>
  );
}
