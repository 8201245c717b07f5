import { useState } from 'react';
import { Alert, Button, Form, Input, Modal, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { must, type Schemas } from '../api/client';
import { ApiError } from '../api/problem';
import { useDepartmentName, useWorkspace } from './WorkspaceContext';

type BulkAction = 'ASSIGN' | 'TRANSFER' | 'SET_URGENCY';
type Result = Schemas['BulkResult'];

/**
 * The list's bulk actions on the selected cases: reassign (supervisors), transfer with one handover note, set the
 * urgency. The server changes each case on its own; the result lists what happened to each.
 */
export function BulkActions({ ids, caseNumbers, onDone }: { ids: string[]; caseNumbers: Record<string, string>; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const workspace = useWorkspace();
  const departmentName = useDepartmentName();
  const queryClient = useQueryClient();
  const [action, setAction] = useState<BulkAction>();
  const [result, setResult] = useState<Result>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm();

  const submit = async (v: Record<string, string | undefined>) => {
    setBusy(true);
    setError(undefined);
    try {
      const r = await must(api.POST('/api/v1/complaints/bulk', { body: {
        action: action!, ids, userId: v.userId?.trim() || undefined, toDepartmentId: v.toDepartmentId,
        note: v.note?.trim() || undefined, urgency: v.urgency as 'NORMAL' | 'URGENT' | undefined,
        urgencyReason: v.urgencyReason?.trim() || undefined } }));
      setResult(r);
      setAction(undefined);
      void queryClient.invalidateQueries({ queryKey: ['complaints'] });
      void queryClient.invalidateQueries({ queryKey: ['queues'] });
    } catch (e) {
      if (e instanceof ApiError) {
        form.setFields(Object.entries(e.fieldErrors()).map(([name, message]) => ({ name, errors: [message] })));
        setError(e.message);
      } else {
        setError(String(e));
      }
    } finally {
      setBusy(false);
    }
  };

  if (ids.length === 0) return null;
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }} role="group" aria-label={t('bulk.title')} data-testid="bulk-bar">
        <Typography.Text strong>{t('bulk.selected', { count: ids.length })}</Typography.Text>
        {workspace.supervisor && <Button onClick={() => setAction('ASSIGN')}>{t('action.ASSIGN')}</Button>}
        <Button onClick={() => setAction('TRANSFER')}>{t('action.TRANSFER')}</Button>
        <Button onClick={() => setAction('SET_URGENCY')}>{t('bulk.setUrgency')}</Button>
        <Button type="link" onClick={onDone}>{t('bulk.clear')}</Button>
      </Space>
      {action && (
        <Modal open title={`${action === 'SET_URGENCY' ? t('bulk.setUrgency') : t(`action.${action}`)} · ${t('bulk.selected', { count: ids.length })}`}
          onCancel={() => setAction(undefined)} onOk={() => form.submit()} confirmLoading={busy} destroyOnHidden
          okText={t('common.submit')} cancelText={t('common.cancel')} okButtonProps={{ 'data-testid': 'bulk-submit' } as never}>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
          <Form form={form} layout="vertical" onFinish={submit} initialValues={{ urgency: 'URGENT' }}>
            {action === 'ASSIGN' && <Form.Item name="userId" label={t('form.userId')}><Input maxLength={100} /></Form.Item>}
            {action === 'TRANSFER' && (
              <>
                <Form.Item name="toDepartmentId" label={t('form.toDepartment')} rules={[{ required: true, message: t('common.required') }]}>
                  <Select options={workspace.departments.map((d) => ({ value: d.id, label: departmentName(d.id) }))} />
                </Form.Item>
                <Form.Item name="note" label={t('form.note')}><Input.TextArea rows={3} /></Form.Item>
              </>
            )}
            {action === 'SET_URGENCY' && (
              <>
                <Form.Item name="urgency" label={t('form.urgency')}>
                  <Radio.Group optionType="button" options={['NORMAL', 'URGENT'].map((u) => ({ value: u, label: t(`urgency.${u}`) }))} />
                </Form.Item>
                <Form.Item name="urgencyReason" label={t('form.urgencyReason')}><Input maxLength={500} /></Form.Item>
              </>
            )}
          </Form>
        </Modal>
      )}
      {result && (
        <Modal open title={t('bulk.result', { succeeded: result.succeeded, failed: result.failed })} footer={null}
          onCancel={() => { setResult(undefined); onDone(); }}>
          <Table size="small" rowKey="id" pagination={false} dataSource={result.outcomes} data-testid="bulk-result" columns={[
            { title: t('list.caseNumber'), dataIndex: 'id', render: (id: string, o) => o.caseNumber ?? caseNumbers[id] ?? id },
            { title: t('list.status'), dataIndex: 'status', render: (s: number, o) => (s === 200
              ? <Tag color="green">{t('bulk.ok')}</Tag>
              : <Tag color="red" title={o.problem?.detail ?? ''}>{o.problem?.title ?? s}</Tag>) },
          ]} />
        </Modal>
      )}
    </>
  );
}
