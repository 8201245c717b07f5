import { lazy, Suspense, useState } from 'react';
import { Button, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApi } from '../api/ApiContext';
import { must } from '../api/client';
import { useWorkspace } from './WorkspaceContext';

/** The list parameters a saved view keeps (the server accepts only these). */
const KEPT = ['queue', 'status', 'category', 'channel', 'department', 'sort', 'q'];

/** The query string of a view: the list's own parameters, in a stable order. */
export function viewQuery(params: URLSearchParams): string {
  const kept = new URLSearchParams();
  for (const key of KEPT) params.getAll(key).forEach((v) => kept.append(key, v));
  return kept.toString();
}

/** The reader's saved views and the tenant's shared ones, under the queues. */
export function SavedViewList({ onPick }: { onPick?: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const workspace = useWorkspace();
  const views = useQuery({ queryKey: ['saved-views'], queryFn: () => must(api.GET('/api/v1/saved-views')) });
  if (!views.data?.length) return null;
  const remove = async (id: string) => {
    await must(api.DELETE('/api/v1/saved-views/{id}', { params: { path: { id } } }));
    void queryClient.invalidateQueries({ queryKey: ['saved-views'] });
  };
  return (
    <section aria-label={t('views.title')} style={{ padding: '8px 16px' }}>
      <Typography.Text type="secondary" strong>{t('views.title')}</Typography.Text>
      <ul style={{ listStyle: 'none', padding: 0, margin: '4px 0' }}>
        {views.data.map((v) => (
          <li key={v.id} style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }} data-view={v.name}>
            <Button type="link" style={{ padding: 0 }} onClick={() => { navigate(`/cases?${v.query}`); onPick?.(); }}>
              {v.name}{v.shared ? ` · ${t('views.shared')}` : ''}
            </Button>
            {(v.mine || (v.shared && workspace.supervisor)) && (
              <Button type="text" size="small" icon={<DeleteOutlined />} aria-label={`${t('views.delete')} ${v.name}`}
                onClick={() => remove(v.id)} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

const SaveViewDialog = lazy(() => import('./SaveViewDialog'));

/** "Save view": keeps the list's current filter and sort under a name (the dialog loads when first opened). */
export function SaveViewButton({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('views.save')}</Button>
      {open && <Suspense fallback={null}><SaveViewDialog params={params} onClose={() => setOpen(false)} /></Suspense>}
    </>
  );
}
