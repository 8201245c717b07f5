import { useState } from 'react';
import { Button, Checkbox, Form, Input, Modal, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApi } from '../api/ApiContext';
import { must } from '../api/client';
import { ApiError } from '../api/problem';
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

/** "Save view": keeps the list's current filter and sort under a name, shared with the tenant by a supervisor. */
export function SaveViewButton({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const workspace = useWorkspace();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ name: string; shared: boolean }>();
  const save = async (v: { name: string; shared: boolean }) => {
    try {
      await must(api.POST('/api/v1/saved-views', { body: { name: v.name, query: viewQuery(params), shared: !!v.shared } }));
      void queryClient.invalidateQueries({ queryKey: ['saved-views'] });
      setOpen(false);
      form.resetFields();
    } catch (e) {
      if (e instanceof ApiError) {
        form.setFields(Object.entries(e.fieldErrors()).map(([name, message]) => ({ name: name as 'name', errors: [message] })));
      }
    }
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('views.save')}</Button>
      <Modal open={open} title={t('views.save')} onCancel={() => setOpen(false)} onOk={() => form.submit()} destroyOnHidden
        okText={t('common.save')} cancelText={t('common.cancel')}>
        <Form form={form} layout="vertical" onFinish={save}>
          <Form.Item name="name" label={t('views.name')} rules={[{ required: true, message: t('common.required') }]}>
            <Input maxLength={80} />
          </Form.Item>
          {workspace.supervisor && (
            <Form.Item name="shared" valuePropName="checked"><Checkbox>{t('views.shareWithTenant')}</Checkbox></Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
