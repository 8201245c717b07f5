import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Col, Form, Input, List, Modal, Row, Select, Space, Tabs, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { ifMatch, must, type Schemas } from '../api/client';
import { ApiError } from '../api/problem';
import { submitForm } from '../api/submitForm';
import { AdminNav } from './AdminNav';

const LOCALES = ['zh-CN', 'en'] as const;
const REPLY_VARIABLES = ['consumerName', 'caseNumber', 'department', 'dueDate'];
const CATEGORIES = ['PRODUCT_QUALITY', 'PRODUCT_PERFORMANCE', 'SERVICE_ATTITUDE', 'SERVICE_PROCESS', 'LEGAL_DISPUTE', 'OTHER'];

/** The words of a value that settles after typing stops (the preview asks the server once, not per key). */
function useSettled<T>(value: T, ms = 400): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Buttons that put a `{{variable}}` at the cursor of a text area. */
function Variables({ names, onInsert }: { names: string[]; onInsert: (text: string) => void }) {
  const { t } = useTranslation();
  return (
    <Space wrap size={4} aria-label={t('templates.variables')}>
      <Typography.Text type="secondary">{t('templates.variables')}:</Typography.Text>
      {names.map((n) => <Button key={n} size="small" onClick={() => onInsert(`{{${n}}}`)}>{`{{${n}}}`}</Button>)}
    </Space>
  );
}

function insertAt(area: HTMLTextAreaElement | null | undefined, current: string, text: string): string {
  if (!area) return current + text;
  const start = area.selectionStart ?? current.length;
  const end = area.selectionEnd ?? current.length;
  return current.slice(0, start) + text + current.slice(end);
}

/**
 * The words the platform sends and offers: notification templates per event and language (the platform's default
 * until the tenant writes its own) and the agents' canned replies; each with its allowed variables and a preview the
 * server fills with a sample case.
 */
export default function TemplatesPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="templates-title">
      <AdminNav />
      <Typography.Title level={4} id="templates-title" style={{ marginTop: 0 }}>{t('templates.title')}</Typography.Title>
      <Tabs items={[
        { key: 'notifications', label: t('templates.notifications'), children: <NotificationTemplates /> },
        { key: 'replies', label: t('templates.replies'), children: <ReplyTemplates /> },
      ]} />
    </section>
  );
}

function NotificationTemplates() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: ['admin', 'notification-templates'], queryFn: () => must(api.GET('/api/v1/admin/notification-templates')) });
  const [selected, setSelected] = useState<{ event: string; locale: string }>();
  const events = [...new Set((list.data ?? []).map((x) => x.event))];
  const current = list.data?.find((x) => x.event === (selected?.event ?? events[0]) && x.locale === (selected?.locale ?? 'zh-CN'));
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} lg={8}>
        <Card size="small" title={t('templates.events')}>
          <List size="small" dataSource={events} renderItem={(event) => (
            <List.Item>
              <Space direction="vertical" size={2} style={{ width: '100%' }}>
                <Typography.Text strong>{t(`notificationEvent.${event}`, { defaultValue: event })}</Typography.Text>
                <Space size={4}>
                  {LOCALES.map((locale) => {
                    const tpl = list.data?.find((x) => x.event === event && x.locale === locale);
                    const on = current?.event === event && current.locale === locale;
                    return (
                      <Button key={locale} size="small" type={on ? 'primary' : 'default'} data-template={`${event}/${locale}`}
                        onClick={() => setSelected({ event, locale })} aria-pressed={on}>
                        {t(`templates.locale.${locale}`)}{tpl?.customised ? ` · ${t('templates.customised')}` : ''}
                      </Button>
                    );
                  })}
                </Space>
              </Space>
            </List.Item>
          )} />
        </Card>
      </Col>
      <Col xs={24} lg={16}>
        {current && <NotificationTemplateEditor key={`${current.event}/${current.locale}/${current.version}`} template={current}
          onSaved={() => queryClient.invalidateQueries({ queryKey: ['admin', 'notification-templates'] })} />}
      </Col>
    </Row>
  );
}

function NotificationTemplateEditor({ template, onSaved }: { template: Schemas['TemplateView']; onSaved: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const api = useApi();
  const [subject, setSubject] = useState(template.subject);
  const [body, setBody] = useState(template.body);
  const [message, setMessage] = useState<{ type: 'success' | 'error'; text: string }>();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const area = useRef<{ resizableTextArea?: { textArea: HTMLTextAreaElement } }>(null);
  const text = useSettled({ subject, body });
  const path = { params: { path: { event: template.event, locale: template.locale } } };
  const preview = useQuery({
    queryKey: ['admin', 'notification-template-preview', template.event, template.locale, text],
    retry: false,
    queryFn: async () => {
      try {
        const answer = await must(api.POST('/api/v1/admin/notification-templates/{event}/{locale}/preview', { ...path, body: text }));
        setErrors({});
        return answer;
      } catch (e) {
        if (e instanceof ApiError) setErrors(e.fieldErrors());
        throw e;
      }
    },
  });
  const save = async () => {
    try {
      await must(api.PUT('/api/v1/admin/notification-templates/{event}/{locale}', {
        params: { path: path.params.path, header: template.customised ? ifMatch(template.version) : undefined } as never,
        body: { subject, body } }));
      setMessage({ type: 'success', text: t('templates.saved') });
      await onSaved();
    } catch (e) {
      if (e instanceof ApiError) { setErrors(e.fieldErrors()); setMessage({ type: 'error', text: e.status === 412 ? t('templates.stale') : e.message }); }
    }
  };
  const reset = async () => {
    await must(api.DELETE('/api/v1/admin/notification-templates/{event}/{locale}', path));
    await onSaved();
  };
  const at = (field: string) => (errors[field] ? { validateStatus: 'error' as const, help: errors[field] } : {});

  return (
    <Card size="small" data-testid="template-editor"
      title={<span>{t(`notificationEvent.${template.event}`, { defaultValue: template.event })} · {t(`templates.locale.${template.locale}`)}
        {' '}<Tag>{template.customised ? t('templates.customised') : t('templates.default')}</Tag></span>}
      extra={<Space>
        {template.customised && <Button size="small" onClick={() => Modal.confirm({ title: t('templates.resetConfirm'), okText: t('templates.reset'),
          cancelText: t('common.cancel'), onOk: reset })}>{t('templates.reset')}</Button>}
        <Button size="small" type="primary" onClick={() => void save()} data-testid="template-save">{t('templates.save')}</Button>
      </Space>}>
      {message && <Alert type={message.type} showIcon title={message.text} style={{ marginBottom: 8 }} />}
      <Form layout="vertical" component="div">
        <Form.Item label={t('templates.subject')} htmlFor="template-subject" {...at('subject')}>
          <Input id="template-subject" value={subject} maxLength={300} onChange={(e) => setSubject(e.target.value)} />
        </Form.Item>
        <Form.Item label={t('templates.body')} htmlFor="template-body" {...at('body')}
          extra={<Variables names={template.variables} onInsert={(v) => setBody(insertAt(area.current?.resizableTextArea?.textArea, body, v))} />}>
          <Input.TextArea id="template-body" ref={area as never} rows={7} value={body} maxLength={5000} onChange={(e) => setBody(e.target.value)} />
        </Form.Item>
      </Form>
      <Typography.Text strong>{t('templates.preview')}</Typography.Text>
      <div className="template-preview" data-testid="template-preview">
        {preview.data ? <><div className="template-preview-subject">{preview.data.subject}</div><pre>{preview.data.body}</pre></>
          : preview.isError ? <Typography.Text type="secondary">{t('templates.previewInvalid')}</Typography.Text> : null}
      </div>
    </Card>
  );
}

type Reply = Schemas['ReplyTemplateView'];

function ReplyTemplates() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: ['admin', 'reply-templates'], queryFn: () => must(api.GET('/api/v1/admin/reply-templates')) });
  const [editing, setEditing] = useState<Reply | 'new'>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['admin', 'reply-templates'] });
  return (
    <Card size="small" title={t('templates.replies')} extra={<Button size="small" type="primary" onClick={() => setEditing('new')} data-testid="reply-new">{t('templates.newReply')}</Button>}>
      <Typography.Paragraph type="secondary">{t('templates.repliesText')}</Typography.Paragraph>
      <div className="case-table-wrap">
        <table className="case-table" data-testid="replies">
          <thead><tr><th>{t('templates.replyTitle')}</th><th>{t('templates.key')}</th><th>{t('templates.language')}</th><th>{t('templates.purpose')}</th>
            <th>{t('templates.category')}</th><th><span className="sr-only">{t('plugins.actions')}</span></th></tr></thead>
          <tbody>
            {list.data?.map((r) => (
              <tr key={`${r.key}/${r.locale}`} data-reply={`${r.key}/${r.locale}`}>
                <td><strong>{r.title}</strong><div className="muted">{r.body.slice(0, 80)}{r.body.length > 80 ? '…' : ''}</div></td>
                <td><Typography.Text code>{r.key}</Typography.Text></td>
                <td>{t(`templates.locale.${r.locale}`)}</td>
                <td>{t(`templates.purposes.${r.purpose}`)}</td>
                <td>{r.category ? t(`category.${r.category}`) : t('templates.anyCategory')}</td>
                <td><Space size={4}>
                  <Button size="small" onClick={() => setEditing(r)}>{t('templates.edit')}</Button>
                  <Button size="small" danger onClick={() => Modal.confirm({ title: t('templates.deleteConfirm', { title: r.title }), okText: t('admin.delete'),
                    cancelText: t('common.cancel'), onOk: async () => {
                      await must(api.DELETE('/api/v1/admin/reply-templates/{key}/{locale}', { params: { path: { key: r.key, locale: r.locale } } }));
                      await refresh();
                    } })}>{t('admin.delete')}</Button>
                </Space></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editing && <ReplyDialog reply={editing === 'new' ? undefined : editing} onClose={(saved) => { setEditing(undefined); if (saved) void refresh(); }} />}
    </Card>
  );
}

function ReplyDialog({ reply, onClose }: { reply?: Reply; onClose: (saved?: boolean) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [form] = Form.useForm<{ key: string; locale: string; purpose: Reply['purpose']; category?: string; title: string; body: string }>();
  const [error, setError] = useState<string>();
  const body = Form.useWatch('body', form) ?? reply?.body ?? '';
  const locale = Form.useWatch('locale', form) ?? reply?.locale ?? 'zh-CN';
  const settled = useSettled({ body, locale });
  const area = useRef<{ resizableTextArea?: { textArea: HTMLTextAreaElement } }>(null);
  const preview = useQuery({
    queryKey: ['admin', 'reply-preview', settled],
    enabled: !!settled.body.trim(),
    retry: false,
    queryFn: () => must(api.POST('/api/v1/admin/reply-templates/preview', { body: settled })),
  });
  const save = async () => {
    const sent = await submitForm(form, (v) => must(api.PUT('/api/v1/admin/reply-templates/{key}/{locale}', {
      params: { path: { key: v.key, locale: v.locale }, header: reply ? ifMatch(reply.version) : undefined } as never,
      body: { purpose: v.purpose, category: v.category || undefined, title: v.title, body: v.body } })), setError);
    if (sent) onClose(true);
  };
  return (
    <Modal open width={640} title={reply ? t('templates.editReply') : t('templates.newReply')} onOk={() => void save()} onCancel={() => onClose()}
      okText={t('templates.save')} cancelText={t('common.cancel')} okButtonProps={{ 'data-testid': 'reply-save' } as never}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Form form={form} name="reply" layout="vertical" initialValues={reply ?? { locale: 'zh-CN', purpose: 'PROGRESS' }}>
        <div className="form-row">
          <Form.Item name="key" label={t('templates.key')} extra={t('templates.keyHint')} rules={[{ required: true, message: t('common.required') }]}>
            <Input disabled={!!reply} maxLength={40} />
          </Form.Item>
          <Form.Item name="locale" label={t('templates.language')}>
            <Select disabled={!!reply} options={LOCALES.map((l) => ({ value: l, label: t(`templates.locale.${l}`) }))} />
          </Form.Item>
          <Form.Item name="purpose" label={t('templates.purpose')}>
            <Select options={['PROGRESS', 'SOLUTION', 'FOLLOW_UP'].map((p) => ({ value: p, label: t(`templates.purposes.${p}`) }))} />
          </Form.Item>
          <Form.Item name="category" label={t('templates.category')}>
            <Select allowClear placeholder={t('templates.anyCategory')} options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))} />
          </Form.Item>
        </div>
        <Form.Item name="title" label={t('templates.replyTitle')} rules={[{ required: true, message: t('common.required') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="body" label={t('templates.body')} rules={[{ required: true, message: t('common.required') }]}
          extra={<Variables names={REPLY_VARIABLES} onInsert={(v) => form.setFieldValue('body', insertAt(area.current?.resizableTextArea?.textArea, body, v))} />}>
          <Input.TextArea ref={area as never} rows={5} maxLength={2000} />
        </Form.Item>
      </Form>
      <Typography.Text strong>{t('templates.preview')}</Typography.Text>
      <div className="template-preview" data-testid="reply-preview">
        {preview.data ? <pre>{preview.data.body}</pre> : preview.isError ? <Typography.Text type="secondary">{t('templates.previewInvalid')}</Typography.Text> : null}
      </div>
    </Modal>
  );
}
