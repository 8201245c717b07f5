import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { must, type Workspace } from '../api/client';
import { useAuth } from '../auth/AuthContext';
import { rememberedLanguage, switchLanguage } from '../i18n';

const WorkspaceContext = createContext<Workspace | undefined>(undefined);

/** Loads who the reader is and their tenant once signed in; the tenant's locale is the default language. */
export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const { session } = useAuth();
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: ['workspace', session?.tenant, session?.user],
    queryFn: () => must(api.GET('/api/v1/workspace')),
    staleTime: 5 * 60_000,
  });
  const tenantLocale = query.data?.tenant.locale;
  useEffect(() => {
    if (!tenantLocale) return;
    const language = rememberedLanguage(session?.user) ?? (tenantLocale === 'en' ? 'en' : 'zh-CN');
    if (i18n.language !== language) void switchLanguage(language);
  }, [tenantLocale, session?.user, i18n]);

  if (query.isError) {
    return <Alert type="error" showIcon title={t('common.error')} description={String(query.error)} style={{ margin: 24 }}
      action={<Button onClick={() => void query.refetch()}>{t('common.retry')}</Button>} />;
  }
  if (!query.data) return <Spin style={{ display: 'block', margin: '20vh auto' }} />;
  return <WorkspaceContext.Provider value={query.data}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace outside WorkspaceProvider');
  return workspace;
}

/** A department's name in the reader's language. */
export function useDepartmentName(): (id: string | null | undefined) => string {
  const { departments } = useWorkspace();
  const { i18n } = useTranslation();
  return (id) => {
    const d = departments.find((x) => x.id === id);
    if (!d) return '—';
    return i18n.language === 'en' ? d.nameEn : d.nameZh;
  };
}
