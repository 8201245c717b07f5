import { useEffect, useState } from 'react';
import { Alert, Button, Card, Col, DatePicker, Form, Input, Modal, Row, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { ifMatch, must, type Schemas } from '../api/client';
import { ApiError } from '../api/problem';
import { download } from '../lib/download';
import { wallClock, zonedInstant } from '../lib/time';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { AdminNav } from './AdminNav';
import { CalendarYear } from './CalendarYear';
import { SpecialDayDialog } from './SpecialDayDialog';
import { CalendarImport } from './CalendarImport';
import { DeadlinePreviewTable } from './DeadlinePreviewTable';
import { submitForm } from '../api/submitForm';
import { formatHours, parseHours, WEEKDAYS, type SpecialDay } from './calendarDays';

type Calendar = Schemas['CalendarView'];
type WeekValues = { name: string; timeZone: string } & Record<string, string>;

/**
 * Business calendars: the tenant's and each department's own — weekly hours (several intervals a day), holidays and
 * make-up working days on a year or month view, import of a public-holiday feed (iCalendar or JSON) with a preview of
 * what changes, export, and the deadlines a complaint received at a chosen moment would get under the calendar.
 */
export default function CalendarsPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const { tenant } = useWorkspace();
  const calendars = useQuery({ queryKey: ['admin', 'calendars'], queryFn: () => must(api.GET('/api/v1/admin/calendars')) });
  const departments = useQuery({ queryKey: ['admin', 'departments'], queryFn: () => must(api.GET('/api/v1/admin/departments')) });
  const [selectedId, setSelectedId] = useState<string>();
  const calendar = calendars.data?.find((c) => c.id === selectedId) ?? calendars.data?.find((c) => !c.departmentId);
  const [message, setMessage] = useState<{ type: 'success' | 'error'; text: string }>();
  const [editing, setEditing] = useState<string>();
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<WeekValues>();
  const [year, setYear] = useState(() => Number(wallClock(tenant.timeZone).slice(0, 4)));

  useEffect(() => {
    if (!calendar) return;
    form.resetFields();
    form.setFieldsValue({ name: calendar.name, timeZone: calendar.timeZone,
      ...Object.fromEntries(WEEKDAYS.map((d) => [d, formatHours(calendar.weeklyHours[d])])) });
  }, [calendar, form]);

  const departmentName = (id?: string) => {
    const d = departments.data?.find((x) => x.id === id);
    return d ? (i18n.language.startsWith('zh') ? d.nameZh : d.nameEn) : id;
  };
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['admin', 'calendars'] })
    .then(() => queryClient.invalidateQueries({ queryKey: ['admin', 'calendar-preview'] }));

  const problem = (e: unknown) => {
    if (!(e instanceof ApiError)) return;
    form.setFields(e.formFields((field) => (field.match(/^weeklyHours\.(\w+)/)?.[1] ?? field) as keyof WeekValues));
    setMessage({ type: 'error', text: e.status === 412 ? t('calendar.stale') : e.message });
  };

  /** Saves the calendar: the week as typed in the form, or — taking a special day out — the calendar as saved. */
  const save = async (body: Schemas['CalendarDraft']) => {
    if (!calendar) return;
    setMessage(undefined);
    try {
      await must(api.PUT('/api/v1/admin/calendars/{id}', {
        params: { path: { id: calendar.id }, header: ifMatch(calendar.version) } as never, body }));
      setMessage({ type: 'success', text: t('calendar.saved') });
      await refresh();
    } catch (e) {
      problem(e);
    }
  };
  const saveWeek = async () => {
    if (!calendar) return;
    let v: WeekValues;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    await save({ name: v.name, timeZone: v.timeZone, specialDays: calendar.specialDays,
      weeklyHours: Object.fromEntries(WEEKDAYS.map((d) => [d, parseHours(v[d])])) });
  };

  const saveDay = async (day: SpecialDay | null, date: string) => {
    if (!calendar) return;
    if (day) {
      await must(api.POST('/api/v1/admin/calendars/{id}/special-days', {
        params: { path: { id: calendar.id }, query: { mode: 'merge' }, header: ifMatch(calendar.version) } as never, body: [day] }));
    } else {
      await save({ name: calendar.name, timeZone: calendar.timeZone, weeklyHours: calendar.weeklyHours,
        specialDays: calendar.specialDays.filter((d) => d.date !== date) });
    }
    setEditing(undefined);
    await refresh();
  };

  const exportAs = async (format: 'ics' | 'json') => {
    if (!calendar) return;
    const answer = await api.GET('/api/v1/admin/calendars/{id}/special-days', { params: { path: { id: calendar.id } },
      headers: { Accept: format === 'ics' ? 'text/calendar' : 'application/json' }, parseAs: 'blob' });
    if (answer.data) download(`calendar-${calendar.name}.${format}`, answer.data as Blob);
  };

  return (
    <section aria-labelledby="calendar-title">
      <AdminNav />
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} id="calendar-title" style={{ margin: 0 }}>{t('calendar.title')}</Typography.Title>
        <Space wrap>
          <Select aria-label={t('calendar.which')} style={{ minWidth: 240 }} value={calendar?.id} data-testid="calendar-select"
            onChange={(id) => { setSelectedId(id); setMessage(undefined); }}
            options={calendars.data?.map((c) => ({ value: c.id,
              label: c.departmentId ? t('calendar.ofDepartment', { department: departmentName(c.departmentId), name: c.name })
                : t('calendar.ofTenant', { name: c.name }) }))} />
          <Button onClick={() => setCreating(true)}>{t('calendar.newDepartmentCalendar')}</Button>
          {calendar?.departmentId && (
            <Button danger onClick={() => Modal.confirm({ title: t('calendar.deleteConfirm', { name: calendar.name }),
              okText: t('admin.delete'), cancelText: t('common.cancel'),
              onOk: async () => { await must(api.DELETE('/api/v1/admin/calendars/{id}', { params: { path: { id: calendar.id } } }));
                setSelectedId(undefined); await refresh(); } })}>{t('admin.delete')}</Button>
          )}
        </Space>
      </Space>
      {message && <Alert type={message.type} showIcon title={message.text} style={{ marginBottom: 12 }} />}
      {calendar && (
        <Row gutter={[12, 12]}>
          <Col xs={24} xl={8}>
            <Card size="small" title={t('calendar.week')}
              extra={<Button type="primary" size="small" onClick={() => void saveWeek()} data-testid="calendar-save">{t('calendar.save')}</Button>}>
              <Form form={form} name="calendar-week" layout="horizontal" labelCol={{ span: 7 }} wrapperCol={{ span: 17 }}>
                <Form.Item name="name" label={t('calendar.name')} rules={[{ required: true, message: t('common.required') }]}>
                  <Input maxLength={100} />
                </Form.Item>
                <Form.Item name="timeZone" label={t('calendar.timeZone')}><Input /></Form.Item>
                {WEEKDAYS.map((d) => (
                  <Form.Item key={d} name={d} label={t(`calendar.weekdays.${d}`)} extra={d === 'MONDAY' ? t('calendar.hoursHint') : undefined}>
                    <Input placeholder={t('calendar.closed')} />
                  </Form.Item>
                ))}
              </Form>
            </Card>
            <DeadlinesUnder calendar={calendar} />
          </Col>
          <Col xs={24} xl={16}>
            <Card size="small" title={t('calendar.days')}
              extra={<Space>
                <Button size="small" onClick={() => setYear(year - 1)} aria-label={t('calendar.previousYear')}>‹</Button>
                <Typography.Text strong data-testid="calendar-year">{year}</Typography.Text>
                <Button size="small" onClick={() => setYear(year + 1)} aria-label={t('calendar.nextYear')}>›</Button>
              </Space>}>
              <CalendarYear year={year} calendar={calendar} onPick={setEditing} />
            </Card>
            <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
              <Col xs={24} lg={14}>
                <CalendarImport calendar={calendar} onImported={() => void refresh()} />
              </Col>
              <Col xs={24} lg={10}>
                <Card size="small" title={t('calendar.export')}>
                  <Typography.Paragraph type="secondary">{t('calendar.exportText')}</Typography.Paragraph>
                  <Space>
                    <Button onClick={() => void exportAs('ics')}>{t('calendar.exportIcs')}</Button>
                    <Button onClick={() => void exportAs('json')}>{t('calendar.exportJson')}</Button>
                  </Space>
                </Card>
              </Col>
            </Row>
          </Col>
        </Row>
      )}
      {calendar && editing && (
        <SpecialDayDialog date={editing} day={calendar.specialDays.find((d) => d.date === editing)}
          onSave={(day) => saveDay(day, editing)} onClose={() => setEditing(undefined)} />
      )}
      {creating && (
        <NewDepartmentCalendar taken={new Set(calendars.data?.map((c) => c.departmentId).filter(Boolean) as string[])}
          departments={departments.data ?? []} template={calendars.data?.find((c) => !c.departmentId)}
          onClose={(id) => { setCreating(false); if (id) { setSelectedId(id); void refresh(); } }} />
      )}
    </section>
  );
}

/** The deadlines a complaint received at a chosen moment would get under this calendar (as saved). */
function DeadlinesUnder({ calendar }: { calendar: Calendar }) {
  const { t } = useTranslation();
  const api = useApi();
  const [receivedAt, setReceivedAt] = useState<Dayjs>(() => dayjs(wallClock(calendar.timeZone)));
  const at = zonedInstant(receivedAt.format('YYYY-MM-DD'), receivedAt.format('HH:mm'), calendar.timeZone);
  const preview = useQuery({
    queryKey: ['admin', 'calendar-preview', calendar.id, calendar.version, at],
    queryFn: () => must(api.POST('/api/v1/admin/sla-policies/preview', {
      body: { receivedAt: at, departmentId: calendar.departmentId ?? undefined } })),
  });
  return (
    <Card size="small" title={t('calendar.deadlines')} style={{ marginTop: 12 }}>
      <Space wrap style={{ marginBottom: 8 }}>
        <label htmlFor="calendar-received">{t('sla.receivedAt', { zone: calendar.timeZone })}</label>
        <DatePicker id="calendar-received" showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" value={receivedAt}
          allowClear={false} onChange={(v) => v && setReceivedAt(v)} />
      </Space>
      {preview.data && <DeadlinePreviewTable preview={preview.data} only={(d) => d.workingDays > 0} />}
    </Card>
  );
}

function NewDepartmentCalendar({ departments, taken, template, onClose }: {
  departments: Schemas['DepartmentView'][]; taken: Set<string>; template?: Calendar; onClose: (id?: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [form] = Form.useForm<{ departmentId: string; name: string }>();
  const [error, setError] = useState<string>();
  const create = async () => {
    let id: string | undefined;
    const sent = await submitForm(form, async (v) => {
      id = (await must(api.POST('/api/v1/admin/calendars', { body: { departmentId: v.departmentId, name: v.name,
        timeZone: template?.timeZone ?? 'Asia/Shanghai', weeklyHours: template?.weeklyHours ?? {}, specialDays: template?.specialDays ?? [] } }))).id;
    }, setError);
    if (sent) onClose(id);
  };

  return (
    <Modal open title={t('calendar.newDepartmentCalendar')} onOk={() => void create()} onCancel={() => onClose()}
      okText={t('calendar.create')} cancelText={t('common.cancel')}>
      <Typography.Paragraph type="secondary">{t('calendar.newDepartmentText')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Form form={form} name="new-calendar" layout="vertical">
        <Form.Item name="departmentId" label={t('fieldName.departmentId')} rules={[{ required: true, message: t('common.required') }]}>
          <Select options={departments.filter((d) => !taken.has(d.id)).map((d) => ({ value: d.id,
            label: i18n.language.startsWith('zh') ? d.nameZh : d.nameEn }))} />
        </Form.Item>
        <Form.Item name="name" label={t('calendar.name')} rules={[{ required: true, message: t('common.required') }]}>
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
