import { useState } from 'react';
import { Alert, Button, Card, Empty, Form, Input, Modal, Radio, Select, Space, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { ifMatch, must, type Schemas } from '../api/client';
import { formatInstant } from '../lib/time';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { Pager } from '../workspace/Pager';
import { submitForm } from '../api/submitForm';
import { ImprovementNav } from './ImprovementNav';

type Entry = Schemas['LibraryCaseView'];

/**
 * The case library: closed cases marked as typical — handled well, or a lesson — anonymised, searchable by words,
 * tag and kind; supervisors describe them and take them out (they mark them from the case page).
 */
export default function LibraryPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const { supervisor, tenant } = useWorkspace();
  const [q, setQ] = useState('');
  const [query, setQuery] = useState({ q: '', tag: undefined as string | undefined, kind: undefined as Entry['kind'] | undefined, page: 0 });
  const list = useQuery({ queryKey: ['library', query], queryFn: () => must(api.GET('/api/v1/case-library', {
    params: { query: { q: query.q || undefined, tag: query.tag, kind: query.kind, page: query.page, size: 10 } } })) });
  const [editing, setEditing] = useState<Entry>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['library'] });

  return (
    <section aria-labelledby="library-title">
      <ImprovementNav />
      <Typography.Title level={4} id="library-title" style={{ marginTop: 0 }}>{t('library.title')}</Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search value={q} onChange={(e) => setQ(e.target.value)} onSearch={(v) => setQuery({ ...query, q: v, page: 0 })}
          placeholder={t('library.search')} aria-label={t('library.search')} allowClear style={{ width: 300 }} />
        <Radio.Group optionType="button" value={query.kind ?? 'ALL'} onChange={(e) => setQuery({ ...query, kind: e.target.value === 'ALL' ? undefined : e.target.value, page: 0 })}
          options={[{ value: 'ALL', label: t('library.all') }, { value: 'POSITIVE', label: t('library.kind.POSITIVE') }, { value: 'NEGATIVE', label: t('library.kind.NEGATIVE') }]} />
        {query.tag && <Tag closable onClose={() => setQuery({ ...query, tag: undefined, page: 0 })}>{t('library.tagged', { tag: query.tag })}</Tag>}
      </Space>
      {list.data && !list.data.items.length && (
        <Empty description={supervisor ? t('library.emptySupervisor') : t('library.empty')} />
      )}
      <Space direction="vertical" style={{ width: '100%' }} size={12}>
        {list.data?.items.map((e) => (
          <Card key={e.id} size="small" data-library={e.id}
            title={<Space wrap><Tag color={e.kind === 'POSITIVE' ? 'green' : 'orange'}>{t(`library.kind.${e.kind}`)}</Tag><span>{e.title}</span></Space>}
            extra={supervisor && <Space size={4}>
              <Button size="small" onClick={() => setEditing(e)}>{t('library.edit')}</Button>
              <Button size="small" danger onClick={() => Modal.confirm({ title: t('library.removeConfirm', { title: e.title }), okText: t('library.remove'),
                cancelText: t('common.cancel'), onOk: async () => { await must(api.DELETE('/api/v1/case-library/{id}', { params: { path: { id: e.id } } })); await refresh(); } })}>
                {t('library.remove')}</Button>
            </Space>}>
            <Typography.Paragraph className="muted" style={{ marginBottom: 6 }}>
              {[e.category && t(`category.${e.category}`), e.product, e.region, e.channel && t(`channel.${e.channel}`, { defaultValue: e.channel })].filter(Boolean).join(' · ')}
              {' · '}{t('library.markedBy', { user: e.markedBy, at: formatInstant(e.markedAt, tenant.timeZone, i18n.language) })}
            </Typography.Paragraph>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} ellipsis={{ rows: 4, expandable: true, symbol: t('library.more') }}>{e.body}</Typography.Paragraph>
            {e.lessons && <Alert type="info" title={t('library.lessons')} description={e.lessons} style={{ marginBottom: 6 }} />}
            <Space wrap size={4}>{e.tags.map((tag) => <Tag key={tag} style={{ cursor: 'pointer' }} onClick={() => setQuery({ ...query, tag, page: 0 })}>#{tag}</Tag>)}</Space>
          </Card>
        ))}
      </Space>
      {list.data && <Pager page={query.page} pageSize={10} total={list.data.totalItems} onPage={(page) => setQuery({ ...query, page })} />}
      {editing && <LibraryEntryDialog entry={editing} onClose={(saved) => { setEditing(undefined); if (saved) void refresh(); }} />}
    </section>
  );
}

/** Marks a closed case for the library (from the case page), or describes an entry again. */
export function LibraryEntryDialog({ entry, complaintId, onClose }: { entry?: Entry; complaintId?: string; onClose: (saved?: boolean) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [form] = Form.useForm<{ title: string; kind: Entry['kind']; lessons?: string; tags: string[] }>();
  const [error, setError] = useState<string>();
  const save = async () => {
    const sent = await submitForm(form, (v) => (entry
      ? must(api.PUT('/api/v1/case-library/{id}', { params: { path: { id: entry.id }, header: ifMatch(entry.version) } as never, body: v }))
      : must(api.POST('/api/v1/case-library', { body: { ...v, complaintId } }))), setError);
    if (sent) onClose(true);
  };
  return (
    <Modal open title={entry ? t('library.editTitle') : t('library.mark')} onOk={() => void save()} onCancel={() => onClose()}
      okText={t('library.save')} cancelText={t('common.cancel')} okButtonProps={{ 'data-testid': 'library-save' } as never}>
      {!entry && <Typography.Paragraph type="secondary">{t('library.markText')}</Typography.Paragraph>}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Form form={form} name="library-entry" layout="vertical" initialValues={entry ?? { kind: 'POSITIVE', tags: [] }}>
        <Form.Item name="kind" label={t('library.kindLabel')}>
          <Radio.Group optionType="button" options={[{ value: 'POSITIVE', label: t('library.kind.POSITIVE') }, { value: 'NEGATIVE', label: t('library.kind.NEGATIVE') }]} />
        </Form.Item>
        <Form.Item name="title" label={t('library.entryTitle')} rules={[{ required: true, message: t('common.required') }]}><Input maxLength={200} /></Form.Item>
        <Form.Item name="lessons" label={t('library.lessons')}><Input.TextArea rows={3} maxLength={2000} /></Form.Item>
        <Form.Item name="tags" label={t('library.tags')}><Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，']} /></Form.Item>
      </Form>
    </Modal>
  );
}
