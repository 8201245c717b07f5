import { useRef, useState } from 'react';
import { Alert, Button, Card, Input, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { ifMatch, must, type Schemas } from '../api/client';
import { ApiError } from '../api/problem';
import { dayChanges, formatHours, type DayChanges, type SpecialDay } from './calendarDays';

/**
 * Import of a public-holiday feed — an iCalendar file (.ics) or a JSON list of days — into the calendar: the server
 * reads it and answers what the calendar would become (nothing saved), the screen lists what is added, changed and
 * removed, and only "Apply" saves it.
 */
export function CalendarImport({ calendar, onImported }: { calendar: Schemas['CalendarView']; onImported: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [text, setText] = useState('');
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [changes, setChanges] = useState<DayChanges>();
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const [fileName, setFileName] = useState<string>();
  const fileInput = useRef<HTMLInputElement>(null);

  const send = async (preview: boolean) => {
    setError(undefined);
    setDone(undefined);
    const json = text.trimStart().startsWith('[');
    let body: SpecialDay[] | string = text;
    if (json) {
      try {
        body = JSON.parse(text) as SpecialDay[];
      } catch {
        setError(t('calendar.importUnreadable'));
        return;
      }
    }
    try {
      const result = await must(api.POST('/api/v1/admin/calendars/{id}/special-days', {
        params: { path: { id: calendar.id }, query: { mode, preview }, header: ifMatch(calendar.version) } as never,
        body: body as never,
        ...(json ? {} : { headers: { 'Content-Type': 'text/calendar' }, bodySerializer: (b: unknown) => b as string }),
      }));
      if (preview) {
        setChanges(dayChanges(calendar.specialDays, result.specialDays));
      } else {
        const c = dayChanges(calendar.specialDays, result.specialDays);
        setChanges(undefined);
        setText('');
        setDone(t('calendar.imported', { added: c.added.length, changed: c.changed.length, removed: c.removed.length }));
        onImported();
      }
    } catch (e) {
      setChanges(undefined);
      if (e instanceof ApiError) setError(e.status === 412 ? t('calendar.stale') : e.message);
    }
  };

  const readFile = async (file?: File) => {
    if (!file) return;
    setText(await file.text());
    setFileName(file.name);
    setChanges(undefined);
  };

  const line = (d: SpecialDay) => `${d.date} · ${t(d.type === 'MAKE_UP_DAY' ? 'calendar.kind.make-up' : 'calendar.kind.holiday')} · ${d.name}${d.hours.length ? ` (${formatHours(d.hours)})` : ''}`;
  const nothing = changes && !changes.added.length && !changes.changed.length && !changes.removed.length;

  return (
    <Card size="small" title={t('calendar.import')}>
      <Typography.Paragraph type="secondary">{t('calendar.importText')}</Typography.Paragraph>
      <Space direction="vertical" style={{ width: '100%' }}>
        {/* the browser's own file button speaks the browser's language, not the reader's: a button of ours opens it */}
        <input ref={fileInput} type="file" hidden accept=".ics,.json,text/calendar,application/json"
          data-testid="calendar-file" onChange={(e) => void readFile(e.target.files?.[0])} />
        <Space>
          <Button onClick={() => fileInput.current?.click()}>{t('calendar.importFile')}</Button>
          <Typography.Text type="secondary">{fileName}</Typography.Text>
        </Space>
        <Input.TextArea rows={4} value={text} onChange={(e) => { setText(e.target.value); setChanges(undefined); }}
          aria-label={t('calendar.importPaste')} placeholder={t('calendar.importPaste')} />
        <Radio.Group value={mode} onChange={(e) => { setMode(e.target.value as 'merge' | 'replace'); setChanges(undefined); }}
          options={[{ value: 'merge', label: t('calendar.merge') }, { value: 'replace', label: t('calendar.replace') }]} />
        <Space>
          <Button disabled={!text.trim()} onClick={() => void send(true)} data-testid="calendar-preview">{t('calendar.previewImport')}</Button>
          <Button type="primary" disabled={!changes || nothing} onClick={() => void send(false)} data-testid="calendar-apply">{t('calendar.apply')}</Button>
        </Space>
        {error && <Alert type="error" showIcon title={error} />}
        {done && <Alert type="success" showIcon title={done} />}
        {nothing && <Alert type="info" showIcon title={t('calendar.noChange')} />}
        {changes && !nothing && (
          <div data-testid="calendar-changes" className="calendar-changes">
            {changes.added.length > 0 && <><Typography.Text strong>{t('calendar.added', { count: changes.added.length })}</Typography.Text>
              <ul>{changes.added.map((d) => <li key={d.date} data-change="added" data-date={d.date}>{line(d)}</li>)}</ul></>}
            {changes.changed.length > 0 && <><Typography.Text strong>{t('calendar.changed', { count: changes.changed.length })}</Typography.Text>
              <ul>{changes.changed.map((c) => <li key={c.after.date} data-change="changed" data-date={c.after.date}>{line(c.before)} → {line(c.after)}</li>)}</ul></>}
            {changes.removed.length > 0 && <><Typography.Text strong>{t('calendar.removed', { count: changes.removed.length })}</Typography.Text>
              <ul>{changes.removed.map((d) => <li key={d.date} data-change="removed" data-date={d.date}>{line(d)}</li>)}</ul></>}
          </div>
        )}
      </Space>
    </Card>
  );
}
