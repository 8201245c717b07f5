import { useState } from 'react';
import { Alert, Button, Card, Form, Input, InputNumber, Modal, Select, Space, Typography, DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { AdminNav } from './AdminNav';
import { must, type Schemas } from '../api/client';
import { ApiError } from '../api/problem';

type Department = Schemas['DepartmentView'];
type Agent = Schemas['AgentView'];
const MODES = ['MANUAL', 'ROUND_ROBIN', 'LEAST_LOADED'] as const;
const AVAILABILITY = ['AVAILABLE', 'AWAY', 'ON_LEAVE'] as const;

/**
 * The tenant's departments (names, head, members, how new cases are assigned) and its agents' availability, leave
 * and capacity. Every change goes to the admin API at once; its refusals show where they apply.
 */
export default function DepartmentsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const departments = useQuery({ queryKey: ['admin', 'departments'], queryFn: () => must(api.GET('/api/v1/admin/departments')) });
  const agents = useQuery({ queryKey: ['admin', 'agents'], queryFn: () => must(api.GET('/api/v1/admin/agents')) });
  const [editing, setEditing] = useState<Department | 'new'>();
  const [error, setError] = useState<string>();

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['admin'] });
    void queryClient.invalidateQueries({ queryKey: ['workspace'] });
  };
  const run = async (call: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await call();
    } catch (e) {
      setError(e instanceof ApiError ? [e.message, ...Object.values(e.fieldErrors())].join(' — ') : String(e));
    } finally {
      refresh();
    }
  };

  return (
    <section aria-labelledby="departments-title">
      <AdminNav />
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} id="departments-title" style={{ margin: 0 }}>{t('admin.departments')}</Typography.Title>
        <Button type="primary" onClick={() => setEditing('new')}>{t('admin.newDepartment')}</Button>
      </Space>
      {error && <Alert type="error" showIcon title={error} closable={{ onClose: () => setError(undefined) }} style={{ marginBottom: 12 }} role="alert" />}
      <div className="department-grid">
        {departments.data?.map((d) => (
          <Card key={d.id} size="small" data-department={d.code}
            title={<span>{d.nameZh} · {d.nameEn} <Typography.Text type="secondary" code>{d.code}</Typography.Text></span>}
            extra={(
              <Space size={4}>
                <Button size="small" type="link" onClick={() => setEditing(d)}>{t('measures.edit')}</Button>
                {d.type === 'CUSTOM' && (
                  <Button size="small" type="link" danger onClick={() => Modal.confirm({
                    title: t('admin.deleteDepartment', { name: d.nameZh }), okText: t('admin.delete'), cancelText: t('common.cancel'),
                    onOk: () => run(() => must(api.DELETE('/api/v1/admin/departments/{id}', { params: { path: { id: d.id } } }))),
                  })}>{t('admin.delete')}</Button>
                )}
              </Space>
            )}>
            <p className="department-line">{t('admin.head')}: {d.headUserId ?? '—'}</p>
            <label className="department-line">
              {t('admin.assignment')}:{' '}
              <Select size="small" value={d.assignmentMode} style={{ width: 160 }} aria-label={`${t('admin.assignment')} ${d.code}`}
                options={MODES.map((m) => ({ value: m, label: t(`admin.mode.${m}`) }))}
                onChange={(mode) => void run(() => must(api.PUT('/api/v1/admin/departments/{id}/assignment', {
                  params: { path: { id: d.id } }, body: { mode } })))} />
            </label>
            <div className="department-line">
              {t('admin.members')}:{' '}
              {d.members.length === 0 && <Typography.Text type="secondary">{t('admin.noMembers')}</Typography.Text>}
              {d.members.map((m) => (
                <span key={m} className="tag member" data-member={m}>
                  {m}
                  <button type="button" className="link-button" aria-label={t('admin.removeMember', { user: m, department: d.nameZh })}
                    onClick={() => void run(() => must(api.DELETE('/api/v1/admin/departments/{id}/members/{userId}', {
                      params: { path: { id: d.id, userId: m } } })))}>×</button>
                </span>
              ))}
            </div>
            <AddMember onAdd={(userId) => run(() => must(api.POST('/api/v1/admin/departments/{id}/members', {
              params: { path: { id: d.id } }, body: { userId } })))} department={d} />
          </Card>
        ))}
      </div>
      <Card size="small" title={t('admin.agents')} style={{ marginTop: 12 }}>
        {agents.data?.length ? (
          <div className="case-table-wrap">
            <table className="case-table agents">
              <thead><tr><th>{t('admin.user')}</th><th>{t('admin.availability')}</th><th>{t('admin.onLeaveUntil')}</th><th>{t('admin.capacity')}</th></tr></thead>
              <tbody>
                {agents.data.map((a) => <AgentRow key={a.userId} agent={a} onSave={(body) => run(() => must(api.PUT('/api/v1/admin/agents/{userId}', {
                  params: { path: { userId: a.userId } }, body })))} />)}
              </tbody>
            </table>
          </div>
        ) : <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('admin.noAgents')}</Typography.Paragraph>}
      </Card>
      {editing && <DepartmentDialog department={editing === 'new' ? undefined : editing}
        onClose={() => setEditing(undefined)} onSaved={() => { setEditing(undefined); refresh(); }} />}
    </section>
  );
}

function AddMember({ department, onAdd }: { department: Department; onAdd: (userId: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [userId, setUserId] = useState('');
  return (
    <Space.Compact style={{ marginTop: 8 }}>
      <Input size="small" value={userId} onChange={(e) => setUserId(e.target.value)} placeholder={t('admin.userId')}
        aria-label={t('admin.addMemberTo', { department: department.nameZh })}
        onPressEnter={() => { if (userId.trim()) void onAdd(userId.trim()).then(() => setUserId('')); }} />
      <Button size="small" disabled={!userId.trim()} onClick={() => void onAdd(userId.trim()).then(() => setUserId(''))}>
        {t('admin.addMember')}
      </Button>
    </Space.Compact>
  );
}

function AgentRow({ agent, onSave }: { agent: Agent; onSave: (body: Schemas['Agent']) => Promise<void> }) {
  const { t } = useTranslation();
  // on leave needs its last day: chosen first, sent with the date
  const [leaving, setLeaving] = useState(false);
  const availability = leaving ? 'ON_LEAVE' : agent.availability;
  const save = (changes: Partial<Schemas['Agent']>) => onSave({ availability: agent.availability, capacity: agent.capacity,
    onLeaveUntil: agent.onLeaveUntil ?? undefined, ...changes });
  return (
    <tr data-agent={agent.userId}>
      <td>{agent.userId}</td>
      <td><Select size="small" value={availability} style={{ width: 130 }} aria-label={`${t('admin.availability')} ${agent.userId}`}
        options={AVAILABILITY.map((a) => ({ value: a, label: t(`admin.available.${a}`) }))}
        onChange={(next) => {
          if (next === 'ON_LEAVE' && !agent.onLeaveUntil) {
            setLeaving(true);
          } else {
            setLeaving(false);
            void save({ availability: next });
          }
        }} /></td>
      <td>
        <DatePicker size="small" value={agent.onLeaveUntil ? dayjs(agent.onLeaveUntil) : null} status={leaving ? 'error' : undefined}
          aria-label={`${t('admin.onLeaveUntil')} ${agent.userId}`} disabled={availability !== 'ON_LEAVE'}
          onChange={(d) => { if (d) { setLeaving(false); void save({ availability: 'ON_LEAVE', onLeaveUntil: d.format('YYYY-MM-DD') }); } }} />
        {leaving && <div className="field-error" role="alert">{t('admin.leaveUntilRequired')}</div>}
      </td>
      <td><InputNumber size="small" min={0} max={1000} defaultValue={agent.capacity} aria-label={`${t('admin.capacity')} ${agent.userId}`}
        onBlur={(e) => { const v = Number(e.target.value); if (v !== agent.capacity) void save({ capacity: v }); }} /></td>
    </tr>
  );
}

function DepartmentDialog({ department, onClose, onSaved }: { department?: Department; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [form] = Form.useForm();
  const [error, setError] = useState<string>();
  const save = async (v: { code?: string; nameZh: string; nameEn: string; headUserId?: string }) => {
    setError(undefined);
    const common = { nameZh: v.nameZh?.trim(), nameEn: v.nameEn?.trim(), headUserId: v.headUserId?.trim() || undefined };
    try {
      if (department) {
        await must(api.PUT('/api/v1/admin/departments/{id}', { params: { path: { id: department.id } }, body: common }));
      } else {
        await must(api.POST('/api/v1/admin/departments', { body: { ...common, code: v.code?.trim() } }));
      }
      onSaved();
    } catch (e) {
      if (e instanceof ApiError) {
        const fields = e.formFields();
        form.setFields(fields);
        if (!fields.length) setError(e.message);
      } else {
        setError(String(e));
      }
    }
  };
  return (
    <Modal open title={department ? t('admin.editDepartment') : t('admin.newDepartment')} onCancel={onClose} onOk={() => form.submit()}
      okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden okButtonProps={{ 'data-testid': 'department-save' } as never}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={save}
        initialValues={{ nameZh: department?.nameZh, nameEn: department?.nameEn, headUserId: department?.headUserId ?? undefined }}>
        {!department && <Form.Item name="code" label={t('admin.code')} extra={t('admin.codeHint')}><Input maxLength={40} /></Form.Item>}
        <Form.Item name="nameZh" label={t('admin.nameZh')}><Input maxLength={100} /></Form.Item>
        <Form.Item name="nameEn" label={t('admin.nameEn')}><Input maxLength={100} /></Form.Item>
        <Form.Item name="headUserId" label={t('admin.head')}><Input maxLength={100} /></Form.Item>
      </Form>
    </Modal>
  );
}
