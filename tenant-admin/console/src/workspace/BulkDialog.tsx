import { useState } from 'react';
import { Alert, Form, Input, Modal, Radio, Select } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { must, type Schemas } from '../api/client';
import { ApiError } from '../api/problem';
import { useDepartmentName, useWorkspace } from './WorkspaceContext';

export type BulkAction = 'ASSIGN' | 'TRANSFER' | 'SET_URGENCY';
type Result = Schemas['BulkResult'];

/**
 * One bulk action on the selected cases: its form, then what happened to each case (the server changes each on its
 * own). Closing the result clears the selection.
 */
export default function BulkDialog({ action, ids, caseNumbers, onClose, onDone }: { action: BulkAction; ids: string[];
  caseNumbers: Record<string, string>; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const workspace = useWorkspace();
  const departmentName = useDepartmentName();
  const queryClient = useQueryClient();
  const [result, setResult] = useState<Result>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm();

  const submit = async (v: Record<string, string | undefined>) => {
    setBusy(true);
    setError(undefined);
    try {
      const r = await must(api.POST('/api/v1/complaints/bulk', { body: {
        action, ids, userId: v.userId?.trim() || undefined, toDepartmentId: v.toDepartmentId,
        note: v.note?.trim() || undefined, urgency: v.urgency as 'NORMAL' | 'URGENT' | undefined,
        urgencyReason: v.urgencyReason?.trim() || undefined } }));
      setResult(r);
      void queryClient.invalidateQueries({ queryKey: ['complaints'] });
      void queryClient.invalidateQueries({ queryKey: ['queues'] });
    } catch (e) {
      if (e instanceof ApiError) {
        form.setFields(e.formFields());
        setError(e.message);
      } else {
        setError(String(e));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {!result && (
        <Modal open title={`${action === 'SET_URGENCY' ? t('bulk.setUrgency') : t(`action.${action}`)} · ${t('bulk.selected', { count: ids.length })}`}
          onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} destroyOnHidden
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
          onCancel={onDone}>
          <table className="case-table" data-testid="bulk-result">
            <thead><tr><th>{t('list.caseNumber')}</th><th>{t('list.status')}</th></tr></thead>
            <tbody>
              {result.outcomes.map((o) => (
                <tr key={o.id}>
                  <td>{o.caseNumber ?? caseNumbers[o.id] ?? o.id}</td>
                  <td>{o.status === 200 ? <span className="tag tag-green">{t('bulk.ok')}</span>
                    : <span className="tag tag-red" title={o.problem?.detail ?? ''}>{o.problem?.title ?? o.status}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Modal>
      )}
    </>
  );
}
