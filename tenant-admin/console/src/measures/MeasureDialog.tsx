import { useState } from 'react';
import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { ifMatch, must, type Schemas } from '../api/client';
import { ApiError } from '../api/problem';
import { useDepartmentName, useWorkspace } from '../workspace/WorkspaceContext';

type Measure = Schemas['MeasureView'];
type FindingType = NonNullable<Schemas['MeasureRequest']['findingType']>;

/** What a new measure starts from: a finding (an anomaly's evidence, a recurring problem) with a suggested title. */
export interface MeasureSeed {
  title: string;
  finding: string;
  findingType: FindingType;
  caseIds?: string[];
}

interface Values {
  title: string;
  finding: string;
  causeAnalysis?: string;
  action: string;
  ownerDepartmentId?: string;
  ownerUserId?: string;
  dueDate: Dayjs;
}

/**
 * Opens a measure from a finding, or edits one: its cause, the action, its owner (a department or a person) and due
 * date. The server's rules decide what is missing; their messages show at the fields.
 */
export default function MeasureDialog({ seed, measure, onClose, onSaved }: { seed?: MeasureSeed; measure?: Measure;
  onClose: () => void; onSaved: (m: Measure) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const workspace = useWorkspace();
  const departmentName = useDepartmentName();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const save = async (v: Values) => {
    setBusy(true);
    setError(undefined);
    const body = {
      title: v.title?.trim(), finding: v.finding?.trim(), causeAnalysis: v.causeAnalysis?.trim() || undefined,
      action: v.action?.trim(), ownerDepartmentId: v.ownerDepartmentId || undefined, ownerUserId: v.ownerUserId?.trim() || undefined,
      dueDate: v.dueDate?.format('YYYY-MM-DD'), findingType: measure?.findingType ?? seed?.findingType,
      caseIds: measure?.caseIds ?? seed?.caseIds,
    };
    try {
      const saved = measure
        ? await must(api.PUT('/api/v1/improvement-measures/{id}', { params: { path: { id: measure.id }, header: ifMatch(measure.version) }, body }))
        : await must(api.POST('/api/v1/improvement-measures', { body }));
      void queryClient.invalidateQueries({ queryKey: ['measures'] });
      onSaved(saved);
    } catch (e) {
      if (e instanceof ApiError) {
        const fields = e.formFields((field) => field as keyof Values);
        form.setFields(fields);
        setError(e.status === 412 ? t('measures.stale') : fields.length ? undefined : e.message);
      } else {
        setError(String(e));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open width={640} title={measure ? t('measures.edit') : t('measures.new')} onCancel={onClose} onOk={() => form.submit()}
      confirmLoading={busy} okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden
      okButtonProps={{ 'data-testid': 'measure-save' } as never}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={save} initialValues={{
        title: measure?.title ?? seed?.title, finding: measure?.finding ?? seed?.finding,
        causeAnalysis: measure?.causeAnalysis, action: measure?.action, ownerDepartmentId: measure?.ownerDepartmentId ?? undefined,
        ownerUserId: measure?.ownerUserId ?? undefined, dueDate: measure?.dueDate ? dayjs(measure.dueDate) : dayjs().add(30, 'day'),
      }}>
        <Form.Item name="title" label={t('measures.title')} rules={[{ required: true, message: t('common.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="finding" label={t('measures.finding')} rules={[{ required: true, message: t('common.required') }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="causeAnalysis" label={t('measures.cause')}><Input.TextArea rows={2} maxLength={5000} /></Form.Item>
        <Form.Item name="action" label={t('measures.action')} rules={[{ required: true, message: t('common.required') }]}>
          <Input.TextArea rows={2} maxLength={5000} />
        </Form.Item>
        <Form.Item name="ownerDepartmentId" label={t('measures.ownerDepartment')}>
          <Select allowClear options={workspace.departments.map((d) => ({ value: d.id, label: departmentName(d.id) }))} />
        </Form.Item>
        <Form.Item name="ownerUserId" label={t('measures.ownerUser')}><Input maxLength={100} /></Form.Item>
        <Form.Item name="dueDate" label={t('measures.due')} rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
