import { useState } from 'react';
import { Alert, Button, Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/problem';
import { formatHours, parseHours, type SpecialDay } from './calendarDays';

type Values = { kind: 'HOLIDAY' | 'MAKE_UP_DAY' | 'NONE'; name?: string; hours?: string };

/** One date of the calendar: make it a holiday (whole or some hours), a make-up working day, or an ordinary day. */
export function SpecialDayDialog({ date, day, onSave, onClose }: {
  date: string; day?: SpecialDay; onSave: (day: SpecialDay | null) => Promise<void>; onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string>();
  const kind = Form.useWatch('kind', form);
  const save = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    try {
      await onSave(v.kind === 'NONE' ? null : { date, type: v.kind, name: v.name?.trim() ?? '', hours: parseHours(v.hours) });
    } catch (e) {
      if (e instanceof ApiError) {
        form.setFields(e.formFields((f) => (/hours/.test(f) ? 'hours' : /name/.test(f) ? 'name' : f) as keyof Values));
        setError(e.message);
      }
    }
  };
  return (
    <Modal open title={t('calendar.dayTitle', { date })} onCancel={onClose}
      footer={[<Button key="cancel" onClick={onClose}>{t('common.cancel')}</Button>,
        <Button key="save" type="primary" onClick={() => void save()} data-testid="day-save">{t('calendar.save')}</Button>]}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Form form={form} name="special-day" layout="vertical"
        initialValues={{ kind: day?.type ?? 'NONE', name: day?.name, hours: formatHours(day?.hours) }}>
        <Form.Item name="kind" label={t('calendar.dayKind')}>
          <Radio.Group optionType="button" options={[
            { value: 'NONE', label: t('calendar.ordinary') },
            { value: 'HOLIDAY', label: t('calendar.kind.holiday') },
            { value: 'MAKE_UP_DAY', label: t('calendar.kind.make-up') }]} />
        </Form.Item>
        {kind !== 'NONE' && (
          <>
            <Form.Item name="name" label={t('calendar.dayName')}><Input maxLength={100} /></Form.Item>
            <Form.Item name="hours" label={t(kind === 'HOLIDAY' ? 'calendar.holidayHours' : 'calendar.makeUpHours')}
              extra={t(kind === 'HOLIDAY' ? 'calendar.holidayHoursHint' : 'calendar.makeUpHoursHint')}>
              <Input placeholder="13:30-18:00" />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
