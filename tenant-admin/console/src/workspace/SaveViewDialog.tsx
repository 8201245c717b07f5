import { Checkbox, Form, Input, Modal } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { must } from '../api/client';
import { ApiError } from '../api/problem';
import { viewQuery } from './SavedViews';
import { useWorkspace } from './WorkspaceContext';

/** Names the list's current filter and sort and saves it; a supervisor may share it with the tenant. */
export default function SaveViewDialog({ params, onClose }: { params: URLSearchParams; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const workspace = useWorkspace();
  const [form] = Form.useForm<{ name: string; shared: boolean }>();
  const save = async (v: { name: string; shared: boolean }) => {
    try {
      await must(api.POST('/api/v1/saved-views', { body: { name: v.name, query: viewQuery(params), shared: !!v.shared } }));
      void queryClient.invalidateQueries({ queryKey: ['saved-views'] });
      onClose();
    } catch (e) {
      if (e instanceof ApiError) {
        form.setFields(e.formFields((field) => field as 'name'));
      }
    }
  };
  return (
    <Modal open title={t('views.save')} onCancel={onClose} onOk={() => form.submit()} destroyOnHidden
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
  );
}
